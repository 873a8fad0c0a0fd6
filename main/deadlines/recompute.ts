import { closedClientIds } from '../../db/clients/family-of';
import { refreshNextDeadline } from '../../db/clients/queries';
import {
  changeDeadline,
  openDeadlineRows,
  openDeadlineRowsAfter,
  openDeadlinesAffectedBy,
} from '../../db/deadlines/queries';
import { peopleWithUncoveredExpiredPermits } from '../../db/deadlines/rule-deadlines';
import { RecordError } from '../../db/errors';
import type { CaseportDb } from '../../db/open';
import { readSettings } from '../../db/users/queries';
import type { Writer } from '../../db/writer';
import { addDays, RESTORATION_DAYS, todayIn } from '../domain/deadlines';
import { computeRow, firmDeadlinePolicy, storedDates } from './deadline-truth';
import { syncStatusDeadlines } from './status-deadlines';

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

const RECONCILED_NOTE = 'recomputed with the current rules';

/**
 * Every open deadline put back in line with the rules as this version knows them (a corrected
 * holiday table, a rule fix), in the caller's transaction; returns how many dates moved (each
 * audited with the old date). Upkeep walks the same in pages: reconcileOpenDeadlinesAfter.
 */
export function reconcileOpenDeadlines(db: CaseportDb, writer: Writer): number {
  return restate(db, writer, openDeadlineRows(db), RECONCILED_NOTE);
}

/**
 * One page of that reconciliation: the open deadlines after `afterId`, in id order. Returns how
 * many moved and the last id seen (null when there were none left).
 */
export function reconcileOpenDeadlinesAfter(
  db: CaseportDb,
  writer: Writer,
  afterId: number,
  limit: number,
): { moved: number; lastId: number | null } {
  const rows = openDeadlineRowsAfter(db, afterId, limit);
  return { moved: restate(db, writer, rows, RECONCILED_NOTE), lastId: rows.at(-1)?.id ?? null };
}

/** The people whose Canadian permit expired since it was last saved, closed files left out. */
export function peopleWithExpiredPermits(
  db: CaseportDb,
  at: string,
  clientId?: number,
): { clientId: number; dependantId: number | null }[] {
  const today = todayIn(readSettings(db).timeZone, Date.parse(at));
  const closed = clientId === undefined ? closedClientIds(db) : new Set<number>();
  return peopleWithUncoveredExpiredPermits(db, addDays(today, -RESTORATION_DAYS), today, clientId).filter(
    (owner) => !closed.has(owner.clientId),
  );
}

/**
 * A Canadian permit that expired since its record was last saved needs its restoration deadline
 * (IRPR 182: 90 days) now, not at the next save, in the caller's transaction. Returns how many
 * people were brought up to date. Upkeep does the same a few people per transaction.
 */
export function catchUpExpiredPermits(db: CaseportDb, writer: Writer, clientId?: number): number {
  const people = peopleWithExpiredPermits(db, writer.at, clientId);
  for (const owner of people) syncStatusDeadlines(db, writer, owner);
  return people.length;
}

/**
 * A file reopened after being closed is brought up to date in the reopening transaction: while
 * closed, upkeep and firm-wide changes left it exactly as closed (see restate), so its open
 * deadlines are restated on today's rules and an expired Canadian permit gets its restoration
 * deadline now. Returns how many deadlines moved or were added.
 */
export function bringReopenedFamilyUpToDate(db: CaseportDb, writer: Writer, clientId: number): number {
  const moved = restate(db, writer, openDeadlineRows(db, clientId), 'recomputed when the file was reopened');
  return moved + catchUpExpiredPermits(db, writer, clientId);
}

/**
 * Closed files are skipped: a closed file is read-only until it is reopened (the record kept for
 * the regulator stays as it was closed; main/clients/closed-file.ts), and reopening restates it.
 */
function restate(
  db: CaseportDb,
  writer: Writer,
  rows: ReturnType<typeof openDeadlineRows>,
  note: string,
): number {
  const firm = firmDeadlinePolicy(db);
  const closed = closedClientIds(db);
  const families = new Set<number>();
  let moved = 0;
  for (const row of rows) {
    if (closed.has(row.clientId)) continue;
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
