import {
  and,
  asc,
  count,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Deadline, DeadlineKind, DeadlinePage } from '../../main/contract/deadlines';
import { changedFields, createdFields, recordAudit } from '../audit/record';
import { refreshNextDeadline } from '../clients/queries';
import { unchangedCount } from '../count-cache';
import { expectVersion, notFound } from '../errors';
import type { CaseportDb } from '../open';
import { applications, clients, deadlines, dependants } from '../schema';
import type { Writer } from '../writer';
import { toListItem } from './agenda';

type DeadlineRow = typeof deadlines.$inferSelect;

const EDITABLE_FIELDS = [
  'kind',
  'title',
  'dueOn',
  'dueTime',
  'timeZone',
  'rollForward',
  'leadTimes',
  'notes',
] as const;

/** What a person enters for a deadline: the contract's own fields, nothing re-declared. */
export type ManualDeadlineValues = Pick<
  Deadline,
  | 'clientId'
  | 'dependantId'
  | 'applicationId'
  | 'kind'
  | 'title'
  | 'dueOn'
  | 'dueTime'
  | 'timeZone'
  | 'rollForward'
  | 'leadTimes'
  | 'notes'
> &
  // Hand-entered dates keep the typed date here when a roll-forward moved the stored one.
  Partial<Pick<DeadlineRow, 'rollForwardChosen' | 'ruleInputs'>>;

export function toDeadline(row: DeadlineRow): Deadline {
  return { ...row };
}

function findRow(db: CaseportDb, id: number): DeadlineRow | undefined {
  return db.select().from(deadlines).where(eq(deadlines.id, id)).get();
}

/** The person and application must belong to the family the deadline is filed under. */
function checkBelongsToFamily(
  db: CaseportDb,
  values: Pick<ManualDeadlineValues, 'clientId' | 'dependantId' | 'applicationId'>,
) {
  if (!db.select({ id: clients.id }).from(clients).where(eq(clients.id, values.clientId)).get())
    throw notFound('Client', values.clientId);
  if (values.dependantId !== null) {
    const d = db
      .select({ clientId: dependants.clientId })
      .from(dependants)
      .where(eq(dependants.id, values.dependantId))
      .get();
    if (!d || d.clientId !== values.clientId) throw notFound('Dependant', values.dependantId);
  }
  if (values.applicationId !== null) {
    const a = db
      .select({ clientId: applications.clientId })
      .from(applications)
      .where(eq(applications.id, values.applicationId))
      .get();
    if (!a || a.clientId !== values.clientId) throw notFound('Application', values.applicationId);
  }
}

export function createManualDeadline(db: CaseportDb, writer: Writer, values: ManualDeadlineValues): Deadline {
  checkBelongsToFamily(db, values);
  const row = db
    .insert(deadlines)
    .values({ ...values, origin: 'manual', createdAt: writer.at, updatedAt: writer.at })
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'deadline',
    entityId: row.id,
    clientId: values.clientId,
    action: 'create',
    changes: createdFields(row, [
      'dependantId',
      'applicationId',
      ...EDITABLE_FIELDS,
      'rollForwardChosen',
      'ruleInputs',
    ]),
  });
  refreshNextDeadline(db, values.clientId);
  return toDeadline(row);
}

type DeadlinePatch = Partial<
  Pick<DeadlineRow, (typeof EDITABLE_FIELDS)[number] | 'computedDueOn' | 'ruleInputs' | 'rollForwardChosen'>
> & {
  completedAt?: string | null;
  completedBy?: number | null;
  dismissedAt?: string | null;
  dismissedBy?: number | null;
  dismissReason?: string;
  snoozedUntil?: string | null;
};

const TRACKED = [
  ...EDITABLE_FIELDS,
  'computedDueOn',
  'ruleInputs',
  'rollForwardChosen',
  'completedAt',
  'dismissedAt',
  'dismissReason',
  'snoozedUntil',
] as const;

/** Every change of a deadline goes through here: one audit row, and the family's next date kept right. */
export function changeDeadline(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  patch: DeadlinePatch,
  action: 'update' | 'state-change' = 'update',
  note = '',
  { refresh = true }: { refresh?: boolean } = {},
): Deadline {
  const before = expectVersion(findRow(db, id), 'Deadline', id, version);
  const values = Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== undefined),
  ) as DeadlinePatch;
  const changes = changedFields(before, { ...before, ...values }, TRACKED);
  const row = db
    .update(deadlines)
    .set({ ...values, updatedAt: writer.at, version: version + 1 })
    .where(eq(deadlines.id, id))
    .returning()
    .get();
  if (Object.keys(changes).length > 0) {
    recordAudit(db, writer, {
      entity: 'deadline',
      entityId: id,
      clientId: before.clientId,
      action,
      changes,
      note,
    });
  }
  // A batch refreshes each family once at the end instead.
  if (refresh) refreshNextDeadline(db, before.clientId);
  return toDeadline(row);
}

export function familyDeadlines(db: CaseportDb, clientId: number): Deadline[] {
  return db
    .select()
    .from(deadlines)
    .where(eq(deadlines.clientId, clientId))
    .orderBy(asc(deadlines.dueOn), asc(deadlines.id))
    .all()
    .map(toDeadline);
}

export interface DeadlineListQuery {
  from?: string | undefined;
  to?: string | undefined;
  clientId?: number | undefined;
  responsibleUserId?: number | undefined;
  kind?: DeadlineKind | undefined;
  state: 'open' | 'done' | 'dismissed' | 'all';
  limit: number;
  offset: number;
}

export function deadlineListFilter(query: Omit<DeadlineListQuery, 'limit' | 'offset'>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (query.state === 'open') conditions.push(isNull(deadlines.completedAt), isNull(deadlines.dismissedAt));
  if (query.state === 'done') conditions.push(isNotNull(deadlines.completedAt));
  if (query.state === 'dismissed') conditions.push(isNotNull(deadlines.dismissedAt));
  if (query.from) conditions.push(gte(deadlines.dueOn, query.from));
  if (query.to) conditions.push(lte(deadlines.dueOn, query.to));
  if (query.clientId !== undefined) conditions.push(eq(deadlines.clientId, query.clientId));
  if (query.kind !== undefined) conditions.push(eq(deadlines.kind, query.kind));
  if (query.responsibleUserId !== undefined)
    conditions.push(eq(clients.responsibleUserId, query.responsibleUserId));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** The agenda: deadlines by date with the family's name, for the dashboard and the Deadlines screen. */
export function listDeadlines(db: CaseportDb, query: DeadlineListQuery): DeadlinePage {
  const where = deadlineListFilter(query);
  const items = db
    .select({
      deadline: deadlines,
      clientGivenNames: clients.givenNames,
      clientFamilyName: clients.familyName,
      dependantGivenNames: dependants.givenNames,
      dependantFamilyName: dependants.familyName,
    })
    .from(deadlines)
    // Deadlines drive, their family is looked up per row (a CROSS JOIN is never reordered; see
    // db/deadlines/agenda.ts ofFamily).
    .crossJoin(clients)
    .leftJoin(dependants, eq(dependants.id, deadlines.dependantId))
    .where(and(eq(clients.id, deadlines.clientId), where))
    .orderBy(asc(deadlines.dueOn), asc(deadlines.id))
    .limit(query.limit)
    .offset(query.offset)
    .all()
    .map(toListItem);
  // Counted once per filter until data changes; clients joined only when a filter needs them.
  const { limit: _limit, offset: _offset, ...filters } = query;
  const total = unchangedCount(db, `deadlines:${JSON.stringify(filters)}`, () => {
    if (query.state === 'open' && query.responsibleUserId === undefined) {
      // Open deadlines are counted from their partial index (a few bytes each), not the table:
      // without a date bound the planner would read every deadline row.
      return (
        db.get<{ n: number }>(
          sql`SELECT count(*) AS n FROM ${deadlines} INDEXED BY deadlines_open_due_idx WHERE ${where}`,
        )?.n ?? 0
      );
    }
    const counted = db.select({ n: count() }).from(deadlines);
    return (
      (query.responsibleUserId === undefined
        ? counted.where(where)
        : counted.innerJoin(clients, eq(clients.id, deadlines.clientId)).where(where)
      ).get()?.n ?? 0
    );
  });
  return { items, total };
}

export function findDeadlineRow(db: CaseportDb, id: number): DeadlineRow {
  const row = findRow(db, id);
  if (!row) throw notFound('Deadline', id);
  return row;
}

/**
 * Open deadlines a firm-wide change may move: those following the firm's default for one of
 * `rules` (hand-entered ones are rule 'manual'), and, with `caFederal`, every one counted under
 * the Canadian holiday calendar (a changed province changes its holidays).
 */
export function openDeadlinesAffectedBy(
  db: CaseportDb,
  change: { rules: readonly string[]; caFederal: boolean },
): DeadlineRow[] {
  const ruleIds = change.rules.filter((r) => r !== 'manual');
  const followers = and(
    eq(deadlines.rollForwardChosen, false),
    or(
      ruleIds.length > 0 ? and(eq(deadlines.origin, 'rule'), inArray(deadlines.ruleId, ruleIds)) : undefined,
      change.rules.includes('manual') ? eq(deadlines.origin, 'manual') : undefined,
    ),
  );
  const anyMatch = or(
    change.rules.length > 0 ? followers : undefined,
    change.caFederal ? eq(deadlines.rollForward, 'ca-federal') : undefined,
  );
  if (!anyMatch) return [];
  return db
    .select()
    .from(deadlines)
    .where(and(isNull(deadlines.completedAt), isNull(deadlines.dismissedAt), anyMatch))
    .all();
}

/**
 * One page of open deadline rows in id order, after `afterId`: the start-up reconciliation walks
 * them all in short transactions (600,000 at 100,000 clients), so other calls get in between.
 */
export function openDeadlineRowsAfter(db: CaseportDb, afterId: number, limit: number): DeadlineRow[] {
  return db
    .select()
    .from(deadlines)
    .where(and(isNull(deadlines.completedAt), isNull(deadlines.dismissedAt), gt(deadlines.id, afterId)))
    .orderBy(asc(deadlines.id))
    .limit(limit)
    .all();
}

/** Every open deadline row, or one family's. */
export function openDeadlineRows(db: CaseportDb, clientId?: number): DeadlineRow[] {
  return db
    .select()
    .from(deadlines)
    .where(
      and(
        isNull(deadlines.completedAt),
        isNull(deadlines.dismissedAt),
        clientId === undefined ? undefined : eq(deadlines.clientId, clientId),
      ),
    )
    .all();
}
