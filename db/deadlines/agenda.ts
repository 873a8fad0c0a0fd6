import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
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

/** A due-date range of open deadlines of open files, optionally of some kinds only. */
export interface OpenRange {
  /** First due date (null: everything overdue from the beginning). */
  from: string | null;
  to: string;
  kinds?: readonly DeadlineKind[] | null;
}

/**
 * Deadlines drive these reads, their family is looked up per row: written as a CROSS JOIN, which
 * SQLite never reorders. As a plain join, approximate planner statistics (analysis_limit) made
 * "archived_at IS NULL" look selective, so SQLite walked every open file and sorted ~700k
 * deadlines: the dashboard took 1.7 s at 100,000 clients instead of a few ms.
 */
const ofFamily = eq(clients.id, deadlines.clientId);

function rangeFilter(range: OpenRange): SQL {
  return and(
    openDeadline,
    range.from === null ? undefined : gte(deadlines.dueOn, range.from),
    lte(deadlines.dueOn, range.to),
    range.kinds ? inArray(deadlines.kind, [...range.kinds]) : undefined,
    isNull(clients.archivedAt),
  ) as SQL;
}

/** The first `limit` open deadlines in the range, earliest first, with the names a list shows. */
export function openDeadlinesIn(db: CaseportDb, range: OpenRange, limit: number): DeadlineListItem[] {
  return db
    .select(listColumns)
    .from(deadlines)
    .crossJoin(clients)
    .leftJoin(dependants, eq(dependants.id, deadlines.dependantId))
    .where(and(ofFamily, rangeFilter(range)))
    .orderBy(asc(deadlines.dueOn), asc(deadlines.id))
    .limit(limit)
    .all()
    .map(toListItem);
}

/** How many open deadlines the range holds: a count query, never the length of a capped list. */
export function countOpenDeadlinesIn(db: CaseportDb, range: OpenRange): number {
  return (
    db
      .select({ n: count() })
      .from(deadlines)
      .crossJoin(clients)
      .where(and(ofFamily, rangeFilter(range)))
      .get()?.n ?? 0
  );
}

/** Deadlines per due date between two dates (the month view), with the same filters as the agenda. */
export function deadlineDayCounts(
  db: CaseportDb,
  query: { from: string; to: string; kind?: DeadlineKind; state: 'open' | 'done' | 'dismissed' | 'all' },
): { date: string; count: number }[] {
  return db
    .select({ date: deadlines.dueOn, count: count() })
    .from(deadlines)
    .where(
      and(
        gte(deadlines.dueOn, query.from),
        lte(deadlines.dueOn, query.to),
        query.kind ? eq(deadlines.kind, query.kind) : undefined,
        query.state === 'open' ? openDeadline : undefined,
        query.state === 'done' ? isNotNull(deadlines.completedAt) : undefined,
        query.state === 'dismissed' ? isNotNull(deadlines.dismissedAt) : undefined,
      ),
    )
    .groupBy(deadlines.dueOn)
    .orderBy(asc(deadlines.dueOn))
    .all();
}

/** Every open deadline of open files: what the reminder scheduler watches. */
export function allOpenDeadlines(db: CaseportDb): DeadlineListItem[] {
  return db
    .select(listColumns)
    .from(deadlines)
    .crossJoin(clients)
    .leftJoin(dependants, eq(dependants.id, deadlines.dependantId))
    .where(and(ofFamily, openDeadline, isNull(clients.archivedAt)))
    .orderBy(asc(deadlines.dueOn), asc(deadlines.id))
    .all()
    .map(toListItem);
}
