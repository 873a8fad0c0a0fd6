import { refreshNextDeadline } from '../../db/clients/queries';
import {
  removeStaleRuleDeadlines,
  ruleDeadlineBySourceKey,
  statusDeadlineKeys,
  upsertRuleDeadline,
} from '../../db/deadlines/rule-deadlines';
import type { CaseportDb } from '../../db/open';
import { familyDocuments } from '../../db/people/documents';
import type { PersonRef } from '../../db/people/owner';
import { readSettings } from '../../db/users/queries';
import type { Writer } from '../../db/writer';
import { computeDeadline } from '../domain/deadlines';
import { todayIn } from '../domain/deadlines/time-zone';
import { type FirmDeadlinePolicy, firmDeadlinePolicy, policyFor, rollForwardChoice } from './deadline-truth';
import {
  latestPassportExpiry,
  type PlannedStatusDeadline,
  planStatusDeadlines,
} from './status-deadline-plan';

/**
 * Permit and status end dates -> the deadlines the rules give, kept in step every time a
 * person's statuses or passports are saved (main/clients/person-writes.ts, same transaction):
 *   Canada, permit still valid: maintained status, IRPR 183(5): the extension must be filed on or
 *     before the expiry; the explanation warns when the passport ends before or soon after it.
 *   Canada, permit expired (or status lost): restoration within 90 days, IRPR 182, unless the
 *     maintained-status deadline was marked done (the extension was filed in time).
 *   United States: the extension window, due by the end of the authorized stay: the earliest of
 *     the I-94 date (the status's valid-to date) and the passport expiry, naming which one bound it.
 * Other countries have no rule in the engine, so their statuses make no deadline.
 *
 * Source keys carry the end date ('status:<id>:<valid to>', '...:restoration'): a renewed permit
 * is a new period with its own deadlines, while done ones stay as the record of the last filing.
 * A period that ended long ago makes nothing new: old history would flood the dashboard.
 */
function store(
  db: CaseportDb,
  writer: Writer,
  firm: FirmDeadlinePolicy,
  owner: PersonRef,
  planned: PlannedStatusDeadline,
): boolean {
  const row = ruleDeadlineBySourceKey(db, planned.sourceKey);
  const chosen = row?.rollForwardChosen ? row.rollForward : null;
  const policy = policyFor(planned.ruleId, firm, chosen);
  const result = computeDeadline({
    ruleId: planned.ruleId,
    inputs: planned.inputs,
    rollForward: policy === null ? null : rollForwardChoice(policy, firm),
    override: row && row.computedDueOn !== null ? { date: row.dueOn, reason: row.overrideReason } : null,
  });
  if (!result.ok || result.value.outcome !== 'deadline') return false;
  upsertRuleDeadline(db, writer, {
    clientId: owner.clientId,
    dependantId: owner.dependantId,
    applicationId: null,
    eventId: null,
    sourceKey: planned.sourceKey,
    kind: result.value.kind,
    ruleId: planned.ruleId,
    ruleInputs: planned.inputs,
    rollForward: result.value.explanation.rollForward.policy,
    rollForwardChosen: chosen !== null,
    computedOn: result.value.explanation.computedDate,
  });
  return true;
}

export function syncStatusDeadlines(db: CaseportDb, writer: Writer, owner: PersonRef): void {
  const existing = statusDeadlineKeys(db, owner.clientId, owner.dependantId);
  const today = todayIn(readSettings(db).timeZone, Date.parse(writer.at));
  const firm = firmDeadlinePolicy(db);
  const documents = familyDocuments(db, owner.clientId);
  const passportExpiry = latestPassportExpiry(documents.passportsOf(owner).map((p) => p.expiresOn));
  const history = {
    known: (key: string) => existing.includes(key),
    filedInTime: (key: string) => Boolean(ruleDeadlineBySourceKey(db, key)?.completedAt),
  };
  const keep: string[] = [];
  for (const status of documents.statusesOf(owner)) {
    for (const planned of planStatusDeadlines(status, passportExpiry, today, history)) {
      if (store(db, writer, firm, owner, planned)) keep.push(planned.sourceKey);
    }
  }
  removeStaleRuleDeadlines(db, writer, { sourceKeys: existing }, keep, true);
  refreshNextDeadline(db, owner.clientId);
}
