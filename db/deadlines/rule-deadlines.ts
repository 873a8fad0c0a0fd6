import { and, eq, gte, inArray, isNull, like, lt, notInArray, sql } from 'drizzle-orm';
import type { Deadline, DeadlineKind, ROLL_FORWARD_POLICIES } from '../../main/contract/deadlines';
import { changedFields, createdFields, recordAudit } from '../audit/record';
import { refreshNextDeadline } from '../clients/queries';
import { expectVersion, RecordError } from '../errors';
import type { CaseportDb } from '../open';
import { deadlines, immigrationStatuses } from '../schema';
import type { Writer } from '../writer';
import { toDeadline } from './queries';

/**
 * Deadlines the engine made. The caller computes (main/deadlines/event-deadlines.ts); this file keeps
 * the rows in step: one row per source key, updated in place when recomputed (the audit trail
 * keeps the old date and inputs), removed when its source no longer yields one. An override
 * survives recomputation: due_on stays the person's date and computed_due_on follows the rules.
 */
export interface RuleDeadlineValues {
  clientId: number;
  dependantId: number | null;
  applicationId: number | null;
  eventId: number | null;
  sourceKey: string;
  kind: DeadlineKind;
  ruleId: string;
  ruleInputs: Record<string, unknown>;
  rollForward: (typeof ROLL_FORWARD_POLICIES)[number];
  /** A person picked rollForward (event dialog or the deadline); false = the firm's default. */
  rollForwardChosen: boolean;
  /** The date the rules give now (before any override). */
  computedOn: string;
}

const TRACKED = [
  'dependantId',
  'applicationId',
  'kind',
  'ruleId',
  'ruleInputs',
  'rollForward',
  'rollForwardChosen',
  'dueOn',
  'computedDueOn',
  'overrideReason',
] as const;

export function upsertRuleDeadline(db: CaseportDb, writer: Writer, values: RuleDeadlineValues): Deadline {
  const { computedOn, ...rest } = values;
  const existing = db.select().from(deadlines).where(eq(deadlines.sourceKey, values.sourceKey)).get();
  if (!existing) {
    const row = db
      .insert(deadlines)
      .values({ ...rest, origin: 'rule', dueOn: computedOn, createdAt: writer.at, updatedAt: writer.at })
      .returning()
      .get();
    recordAudit(db, writer, {
      entity: 'deadline',
      entityId: row.id,
      clientId: row.clientId,
      action: 'create',
      changes: createdFields(row, TRACKED),
      note: values.sourceKey,
    });
    return toDeadline(row);
  }
  const overridden = existing.computedDueOn !== null;
  const next = {
    ...rest,
    dueOn: overridden ? existing.dueOn : computedOn,
    computedDueOn: overridden ? computedOn : null,
  };
  const changes = changedFields(existing, { ...existing, ...next }, TRACKED);
  if (Object.keys(changes).length === 0) return toDeadline(existing);
  const row = db
    .update(deadlines)
    .set({ ...next, updatedAt: writer.at, version: existing.version + 1 })
    .where(eq(deadlines.id, existing.id))
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'deadline',
    entityId: row.id,
    clientId: row.clientId,
    action: 'update',
    changes,
    note: 'recomputed',
  });
  return toDeadline(row);
}

/**
 * Removes rule deadlines in `scope` whose source key is not in `keep` (audited). With
 * `openOnly`, a deadline already done or dismissed stays: it is the record of a past period.
 */
export function removeStaleRuleDeadlines(
  db: CaseportDb,
  writer: Writer,
  scope: { eventId: number } | { sourceKeys: string[] },
  keep: string[],
  openOnly = false,
): void {
  if ('sourceKeys' in scope && scope.sourceKeys.length === 0) return;
  const where = and(
    'eventId' in scope
      ? eq(deadlines.eventId, scope.eventId)
      : inArray(deadlines.sourceKey, scope.sourceKeys),
    keep.length > 0 ? notInArray(deadlines.sourceKey, keep) : undefined,
    openOnly ? and(isNull(deadlines.completedAt), isNull(deadlines.dismissedAt)) : undefined,
  );
  const stale = db.select().from(deadlines).where(where).all();
  for (const row of stale) {
    db.delete(deadlines).where(eq(deadlines.id, row.id)).run();
    recordAudit(db, writer, {
      entity: 'deadline',
      entityId: row.id,
      clientId: row.clientId,
      action: 'delete',
      changes: Object.fromEntries(TRACKED.map((f) => [f, [row[f], null]])),
      note: 'no longer produced by its rule',
    });
  }
}

/**
 * A person sets a rule deadline's date by hand, with a reason; the rules' date is kept in
 * computed_due_on so "why this date?" shows both. date null clears the override.
 */
export function overrideDeadline(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  override: { date: string | null; reason: string },
  /** The rules' date for the row as it stands (the caller asks the engine). */
  computed: string,
): Deadline {
  const before = expectVersion(
    db.select().from(deadlines).where(eq(deadlines.id, id)).get(),
    'Deadline',
    id,
    version,
  );
  if (before.origin !== 'rule') {
    // A manual deadline has no rule date to keep: change its date with deadlines.update instead.
    throw new RecordError('invalid', `Deadline ${id} was entered by hand.`, {
      date: 'deadlinesScreen.overrideManual',
    });
  }
  const next =
    override.date === null
      ? { dueOn: computed, computedDueOn: null, overrideReason: '' }
      : { dueOn: override.date, computedDueOn: computed, overrideReason: override.reason };
  const changes = changedFields(before, { ...before, ...next }, TRACKED);
  const row = db
    .update(deadlines)
    .set({ ...next, updatedAt: writer.at, version: version + 1 })
    .where(eq(deadlines.id, id))
    .returning()
    .get();
  recordAudit(db, writer, {
    entity: 'deadline',
    entityId: id,
    clientId: before.clientId,
    action: 'update',
    changes,
    note: override.reason,
  });
  refreshNextDeadline(db, before.clientId);
  return toDeadline(row);
}

/** Source keys of the rule deadlines made from one person's statuses. */
export function statusDeadlineKeys(db: CaseportDb, clientId: number, dependantId: number | null): string[] {
  return db
    .select({ key: deadlines.sourceKey, dependantId: deadlines.dependantId })
    .from(deadlines)
    .where(and(eq(deadlines.clientId, clientId), like(deadlines.sourceKey, 'status:%')))
    .all()
    .filter((r) => r.dependantId === dependantId)
    .map((r) => r.key as string);
}

export function eventDeadlines(db: CaseportDb, eventId: number): Deadline[] {
  return db.select().from(deadlines).where(eq(deadlines.eventId, eventId)).all().map(toDeadline);
}

/** The rule deadline made from one source (event and person, or status period), if any. */
export function ruleDeadlineBySourceKey(db: CaseportDb, sourceKey: string): Deadline | undefined {
  const row = db.select().from(deadlines).where(eq(deadlines.sourceKey, sourceKey)).get();
  return row ? toDeadline(row) : undefined;
}

/**
 * People with a Canadian permit that ended in [from, to) and no restoration deadline for it yet:
 * time passing, not a save, is what loses status, so a daily pass looks for them.
 */
export function peopleWithUncoveredExpiredPermits(
  db: CaseportDb,
  from: string,
  to: string,
  clientId?: number,
): { clientId: number; dependantId: number | null }[] {
  const restorationKey = sql`'status:' || ${immigrationStatuses.id} || ':' || ${immigrationStatuses.validTo} || ':restoration'`;
  return db
    .selectDistinct({ clientId: immigrationStatuses.clientId, dependantId: immigrationStatuses.dependantId })
    .from(immigrationStatuses)
    .where(
      and(
        eq(immigrationStatuses.country, 'CA'),
        clientId === undefined ? undefined : eq(immigrationStatuses.clientId, clientId),
        gte(immigrationStatuses.validTo, from),
        lt(immigrationStatuses.validTo, to),
        sql`NOT EXISTS (SELECT 1 FROM ${deadlines} WHERE ${deadlines.sourceKey} = ${restorationKey})`,
      ),
    )
    .all();
}
