import { and, asc, eq, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { DeadlineKind, DeadlineListItem } from '../../main/contract/deadlines';
import type { CaseportDb } from '../open';
import { clients, deadlines, dependants } from '../schema';

/**
 * Open deadlines across families with the names a list shows. Every read here filters on
 * "open" (completed_at IS NULL AND dismissed_at IS NULL) and a due date bound, so SQLite walks
 * the partial index deadlines_open_due_idx instead of the table (tests/unit/db/query-plans).
 * Deadlines of closed files are left out: a closed file needs no reminders.
 */
export const openDeadline = and(isNull(deadlines.completedAt), isNull(deadlines.dismissedAt)) as SQL;

const listColumns = {
  deadline: deadlines,
  clientGivenNames: clients.givenNames,
  clientFamilyName: clients.familyName,
  dependantGivenNames: dependants.givenNames,
  dependantFamilyName: dependants.familyName,
};

type ListRow = {
  deadline: typeof deadlines.$inferSelect;
  clientGivenNames: string;
  clientFamilyName: string;
  dependantGivenNames: string | null;
  dependantFamilyName: string | null;
};

export function toListItem(r: ListRow): DeadlineListItem {
  return {
    ...r.deadline,
    kind: r.deadline.kind,
    clientGivenNames: r.clientGivenNames,
    clientFamilyName: r.clientFamilyName,
    personGivenNames: r.dependantGivenNames ?? r.clientGivenNames,
    personFamilyName: r.dependantGivenNames === null ? r.clientFamilyName : (r.dependantFamilyName ?? ''),
  };
}

/** Open deadlines due on or before `through` (all overdue ones included), earliest first. */
export function openDeadlinesThrough(db: CaseportDb, through: string, limit: number): DeadlineListItem[] {
  return db
    .select(listColumns)
    .from(deadlines)
    .innerJoin(clients, eq(clients.id, deadlines.clientId))
    .leftJoin(dependants, eq(dependants.id, deadlines.dependantId))
    .where(and(openDeadline, lte(deadlines.dueOn, through), isNull(clients.archivedAt)))
    .orderBy(asc(deadlines.dueOn), asc(deadlines.id))
    .limit(limit)
    .all()
    .map(toListItem);
}

/** How many open deadlines fall in each dashboard section (the lists themselves may be capped). */
export function openDeadlineCounts(
  db: CaseportDb,
  today: string,
  in7: string,
  in30: string,
): { overdue: number; today: number; next7: number; next30: number } {
  const row = db
    .select({
      overdue: sql<number>`coalesce(sum(${deadlines.dueOn} < ${today}), 0)`,
      today: sql<number>`coalesce(sum(${deadlines.dueOn} = ${today}), 0)`,
      next7: sql<number>`coalesce(sum(${deadlines.dueOn} > ${today} AND ${deadlines.dueOn} <= ${in7}), 0)`,
      next30: sql<number>`coalesce(sum(${deadlines.dueOn} > ${in7} AND ${deadlines.dueOn} <= ${in30}), 0)`,
    })
    .from(deadlines)
    .innerJoin(clients, eq(clients.id, deadlines.clientId))
    .where(and(openDeadline, lte(deadlines.dueOn, in30), isNull(clients.archivedAt)))
    .get();
  return {
    overdue: row?.overdue ?? 0,
    today: row?.today ?? 0,
    next7: row?.next7 ?? 0,
    next30: row?.next30 ?? 0,
  };
}

/** Every open deadline of open files: what the reminder scheduler watches. */
export function allOpenDeadlines(db: CaseportDb): DeadlineListItem[] {
  return db
    .select(listColumns)
    .from(deadlines)
    .innerJoin(clients, eq(clients.id, deadlines.clientId))
    .leftJoin(dependants, eq(dependants.id, deadlines.dependantId))
    .where(and(openDeadline, isNull(clients.archivedAt)))
    .orderBy(asc(deadlines.dueOn), asc(deadlines.id))
    .all()
    .map(toListItem);
}
