import { refreshNextDeadline } from '../../db/clients/queries';
import { changeDeadline, openDeadlinesAffectedBy } from '../../db/deadlines/queries';
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
  const firm = firmDeadlinePolicy(db);
  const families = new Set<number>();
  let moved = 0;
  for (const row of openDeadlinesAffectedBy(db, change)) {
    const next = storedDates(computeRow(row, firm));
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
