import { refreshNextDeadline } from '../../db/clients/queries';
import {
  removeStaleRuleDeadlines,
  statusDeadlineKeys,
  upsertRuleDeadline,
} from '../../db/deadlines/rule-deadlines';
import type { CaseportDb } from '../../db/open';
import { ownedBy, type PersonRef } from '../../db/people/owner';
import { immigrationStatuses } from '../../db/schema';
import { readSettings } from '../../db/users/queries';
import type { Writer } from '../../db/writer';
import { computeDeadline, type DeadlineRuleId } from '../domain/deadlines';
import { todayIn } from '../domain/deadlines/time-zone';

/**
 * Permit and status end dates -> "file the extension by" deadlines, kept in step every time a
 * person's statuses are saved (db/people/documents.ts saveStatuses, same transaction):
 *   Canada: maintained status, IRPR 183(5): the extension must be filed before the permit expires.
 *   United States: the extension window, due by the end of the authorized stay (the status's
 *   valid-to date, which for a US status is the I-94 date).
 * Other countries have no rule in the engine, so their statuses make no deadline.
 *
 * The source key carries the end date ('status:<id>:<valid to>'): a renewed permit is a new
 * period with its own deadline, while the done one stays as the record of the last filing. An
 * end date already past when the status is first saved makes none: what is needed then is
 * restoration, not an extension, and old history would flood the dashboard.
 */
function ruleFor(country: string): DeadlineRuleId | null {
  if (country === 'CA') return 'ca-maintained-status';
  if (country === 'US') return 'us-extension-window';
  return null;
}

export function syncStatusDeadlines(db: CaseportDb, writer: Writer, owner: PersonRef): void {
  const existing = statusDeadlineKeys(db, owner.clientId, owner.dependantId);
  const today = todayIn(readSettings(db).timeZone, Date.parse(writer.at));
  const keep: string[] = [];
  for (const status of db
    .select()
    .from(immigrationStatuses)
    .where(ownedBy(immigrationStatuses, owner))
    .all()) {
    const ruleId = ruleFor(status.country);
    if (!ruleId || !status.validTo) continue;
    const sourceKey = `status:${status.id}:${status.validTo}`;
    if (!existing.includes(sourceKey) && status.validTo < today) continue;
    const inputs =
      ruleId === 'ca-maintained-status'
        ? { permitExpiry: status.validTo }
        : { authorizedStayEnd: status.validTo };
    const result = computeDeadline({ ruleId, inputs });
    if (!result.ok || result.value.outcome !== 'deadline') continue;
    upsertRuleDeadline(db, writer, {
      clientId: owner.clientId,
      dependantId: owner.dependantId,
      applicationId: null,
      eventId: null,
      sourceKey,
      kind: result.value.kind,
      ruleId,
      ruleInputs: inputs,
      rollForward: result.value.explanation.rollForward.policy,
      computedOn: result.value.explanation.computedDate,
    });
    keep.push(sourceKey);
  }
  removeStaleRuleDeadlines(db, writer, { sourceKeys: existing }, keep, true);
  refreshNextDeadline(db, owner.clientId);
}
