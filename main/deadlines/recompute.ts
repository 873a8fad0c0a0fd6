import { refreshNextDeadline } from '../../db/clients/queries';
import { changeDeadline, openDeadlineRows, openDeadlinesAffectedBy } from '../../db/deadlines/queries';
import { RecordError } from '../../db/errors';
import type { CaseportDb } from '../../db/open';
import type { Writer } from '../../db/writer';
import { computeRow, firmDeadlinePolicy, storedDates } from './deadline-truth';

/**
 * A firm-wide change (a roll-forward default, the province) moves the open deadlines that depend
 * on it, in the caller's transaction: each changed date is one audited update noting why, so the
 * old date stays in the trail, and reminders follow (they are planned from the stored date).
 * Done and dismissed deadlines keep the date they were met or dismissed against.
 */
export function recomputeAffectedDeadlines(
  db: CaseportDb,
  writer: Writer,
  change: { rules: readonly string[]; caFederal: boolean },
  note: string,
): number {
  return restate(db, writer, openDeadlinesAffectedBy(db, change), note);
}

/**
 * Every open deadline put back in line with the rules as this version knows them (a corrected
 * holiday table, a rule fix). Meant for start-up, in one transaction, before the first screen;
 * returns how many dates moved (each audited with the old date).
 */
export function reconcileOpenDeadlines(db: CaseportDb, writer: Writer): number {
  return restate(db, writer, openDeadlineRows(db), 'recomputed with the current rules');
}

function restate(
  db: CaseportDb,
  writer: Writer,
  rows: ReturnType<typeof openDeadlineRows>,
  note: string,
): number {
  const firm = firmDeadlinePolicy(db);
  const families = new Set<number>();
  let moved = 0;
  for (const row of rows) {
    let computed: ReturnType<typeof computeRow>;
    try {
      computed = computeRow(row, firm);
    } catch (error) {
      // A row the rules can no longer compute keeps its date; its "why this date?" says why.
      if (error instanceof RecordError) continue;
      throw error;
    }
    const next = storedDates(computed);
    if (
      next.dueOn === row.dueOn &&
      next.computedDueOn === row.computedDueOn &&
      next.rollForward === row.rollForward
    )
      continue;
    changeDeadline(db, writer, row.id, row.version, next, 'update', note, { refresh: false });
    families.add(row.clientId);
    moved += 1;
  }
  for (const clientId of families) refreshNextDeadline(db, clientId);
  return moved;
}
