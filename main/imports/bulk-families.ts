import type { ClientValues } from '../../db/clients/queries';
import type { DependantValues } from '../../db/dependants/queries';
import { type BulkPeopleWriter, bulkPeopleWriter } from '../../db/imports/bulk-people';
import type { CaseportDb } from '../../db/open';
import type { StatusValues } from '../../db/people/documents';
import { readSettings } from '../../db/users/queries';
import type { Writer } from '../../db/writer';
import { createClientWithDeadlines, createDependantWithDeadlines } from '../clients/person-writes';
import { firmDeadlinePolicy, policyFor, rollForwardChoice } from '../deadlines/deadline-truth';
import { latestPassportExpiry, NO_HISTORY, planStatusDeadlines } from '../deadlines/status-deadline-plan';
import { computeDeadline } from '../domain/deadlines';
import { todayIn } from '../domain/deadlines/time-zone';

/** One family as import creates it: the principal, then the others in file order. */
export interface NewFamily {
  principal: ClientValues;
  dependants: DependantValues[];
}

/**
 * Creates many families at once, set-based: the people, passports and statuses through reused
 * prepared statements, the status deadlines through the planner syncStatusDeadlines uses (for
 * people with no deadlines yet: NO_HISTORY), then the audit and search rows in one pass each.
 * The same rows as createFamiliesPerRecord, which tests/unit/db/bulk-import-equivalence.test.ts
 * proves by importing one file both ways. 10,000 rows: ~1 s instead of ~25-40 s.
 */
export function createFamiliesInBulk(
  db: CaseportDb,
  writer: Writer,
  families: NewFamily[],
  onProgress?: (done: number, total: number) => void,
): number[] {
  const people = bulkPeopleWriter(db, writer);
  // One "today" for the whole import: the firm's calendar day at the moment of the change.
  const today = todayIn(readSettings(db).timeZone, Date.parse(writer.at));
  const statusDeadlines = statusDeadlineMaker(db, people, today);
  const clientIds: number[] = [];
  families.forEach((family, index) => {
    const { passports = [], statuses = [], ...principal } = family.principal;
    const client = people.client(principal, passports, statuses);
    statusDeadlines({ clientId: client.clientId, dependantId: null }, statuses, client.statusIds, passports);
    for (const dependant of family.dependants) {
      const { passports: owned = [], statuses: held = [], ...values } = dependant;
      const made = people.dependant(client.clientId, values, owned, held);
      statusDeadlines(
        { clientId: client.clientId, dependantId: made.dependantId },
        held,
        made.statusIds,
        owned,
      );
    }
    clientIds.push(client.clientId);
    if (onProgress && (index + 1) % 250 === 0) onProgress(index + 1, families.length);
  });
  people.flush();
  return clientIds;
}

/** The reference path: each person through the same create functions as the forms. */
export function createFamiliesPerRecord(db: CaseportDb, writer: Writer, families: NewFamily[]): number[] {
  return families.map((family) => {
    const client = createClientWithDeadlines(db, writer, family.principal);
    for (const dependant of family.dependants) createDependantWithDeadlines(db, writer, client.id, dependant);
    return client.id;
  });
}

/**
 * Status end dates -> rule deadlines for people just created (planned as syncStatusDeadlines
 * plans them, main/deadlines/status-deadline-plan.ts), computed by the engine with the
 * firm's roll-forward defaults. Results are memoised per request: thousands of permits share
 * end dates, so 10,000 people need a few hundred engine calls.
 */
export function statusDeadlineMaker(db: CaseportDb, people: BulkPeopleWriter, today: string) {
  const firm = firmDeadlinePolicy(db);
  const computed = new Map<string, ReturnType<typeof computeDeadline>>();
  return (
    owner: { clientId: number; dependantId: number | null },
    statuses: StatusValues[],
    ids: number[],
    passports: { expiresOn?: string | null }[],
  ) => {
    const passportExpiry = latestPassportExpiry(passports.map((p) => p.expiresOn ?? null));
    statuses.forEach((status, index) => {
      const stored = { id: ids[index] as number, country: status.country, validTo: status.validTo ?? null };
      for (const planned of planStatusDeadlines(stored, passportExpiry, today, NO_HISTORY)) {
        const policy = policyFor(planned.ruleId, firm, null);
        const request = {
          ruleId: planned.ruleId,
          inputs: planned.inputs,
          rollForward: policy === null ? null : rollForwardChoice(policy, firm),
          override: null,
        };
        const memo = JSON.stringify(request);
        let result = computed.get(memo);
        if (!result) {
          result = computeDeadline(request);
          computed.set(memo, result);
        }
        if (!result.ok || result.value.outcome !== 'deadline') continue;
        people.ruleDeadline({
          ...owner,
          sourceKey: planned.sourceKey,
          kind: result.value.kind,
          ruleId: planned.ruleId,
          ruleInputs: planned.inputs,
          rollForward: result.value.explanation.rollForward.policy,
          rollForwardChosen: false,
          dueOn: result.value.explanation.computedDate,
        });
      }
    });
  };
}
