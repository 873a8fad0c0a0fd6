import { asc, count, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Jurisdiction } from '../../main/contract/applications';
import type {
  EligibilityConfig,
  LaunchWindow,
  LaunchWindowChecklistItem,
  LaunchWindowListItem,
} from '../../main/contract/launch-windows';
import { V } from '../../main/contract/validation';
import { markArchived } from '../archive';
import { changedFields, createdFields, recordAudit } from '../audit/record';
import { expectVersion, notFound, RecordError } from '../errors';
import type { CaseportDb } from '../open';
import {
  applicationTypes,
  launchWindowChecklistItems,
  launchWindowEnrolments,
  launchWindows,
} from '../schema';
import type { Writer } from '../writer';

type WindowRow = typeof launchWindows.$inferSelect;

export interface ChecklistValues {
  audience: LaunchWindowChecklistItem['audience'];
  labelKey: string;
  label: string;
}

export interface LaunchWindowValues {
  name: string;
  templateCode?: string;
  jurisdiction: Jurisdiction;
  applicationTypeId: number;
  opensOn: string;
  opensAtTime: string;
  timeZone: string;
  closesOn: string | null;
  closesAtTime: string | null;
  cap: number | null;
  capCountsToward: 'principals' | 'all';
  eligibility: EligibilityConfig;
  notes: string;
}

const WINDOW_FIELDS = [
  'name',
  'jurisdiction',
  'applicationTypeId',
  'opensAt',
  'timeZone',
  'closesAt',
  'cap',
  'capCountsToward',
  'eligibility',
  'notes',
] as const;

export function findWindowRow(db: CaseportDb, id: number): WindowRow | undefined {
  return db.select().from(launchWindows).where(eq(launchWindows.id, id)).get();
}

export function windowChecklist(db: CaseportDb, windowId: number): LaunchWindowChecklistItem[] {
  return db
    .select({
      id: launchWindowChecklistItems.id,
      audience: launchWindowChecklistItems.audience,
      labelKey: launchWindowChecklistItems.labelKey,
      label: launchWindowChecklistItems.label,
      sortOrder: launchWindowChecklistItems.sortOrder,
    })
    .from(launchWindowChecklistItems)
    .where(eq(launchWindowChecklistItems.windowId, windowId))
    .orderBy(asc(launchWindowChecklistItems.audience), asc(launchWindowChecklistItems.sortOrder))
    .all();
}

export function loadLaunchWindow(db: CaseportDb, id: number): LaunchWindow {
  const row = findWindowRow(db, id);
  if (!row) throw notFound('Launch window', id);
  return { ...row, checklist: windowChecklist(db, id) };
}

/**
 * Turns what the firm typed (dates, times, zone) into the opening and closing instants. The rule
 * (zone arithmetic, "closes after it opens") lives in main/launch-windows; storage is handed it.
 */
export type WindowInstants = (
  values: Pick<LaunchWindowValues, 'opensOn' | 'opensAtTime' | 'timeZone' | 'closesOn' | 'closesAtTime'>,
) => { opensAt: string; closesAt: string | null };

/** The application type must exist and belong to the window's jurisdiction (a CA window files CA applications). */
function checkApplicationType(db: CaseportDb, typeId: number, jurisdiction: Jurisdiction): void {
  const type = db.select().from(applicationTypes).where(eq(applicationTypes.id, typeId)).get();
  if (!type || type.archivedAt || type.jurisdiction !== jurisdiction)
    throw new RecordError('invalid', 'Choose an application type of the same country.', {
      applicationTypeId: V.invalid,
    });
}

export function replaceWindowChecklist(
  db: CaseportDb,
  windowId: number,
  items: readonly ChecklistValues[],
): void {
  db.delete(launchWindowChecklistItems).where(eq(launchWindowChecklistItems.windowId, windowId)).run();
  const order = new Map<string, number>();
  for (const item of items) {
    const sortOrder = (order.get(item.audience) ?? 0) + 1;
    order.set(item.audience, sortOrder);
    db.insert(launchWindowChecklistItems)
      .values({ windowId, audience: item.audience, labelKey: item.labelKey, label: item.label, sortOrder })
      .run();
  }
}

export function createLaunchWindow(
  db: CaseportDb,
  writer: Writer,
  values: LaunchWindowValues,
  checklist: readonly ChecklistValues[],
  instants: WindowInstants,
  note = '',
): LaunchWindow {
  checkApplicationType(db, values.applicationTypeId, values.jurisdiction);
  const row = db
    .insert(launchWindows)
    .values({ ...values, ...instants(values), createdAt: writer.at, updatedAt: writer.at })
    .returning()
    .get();
  replaceWindowChecklist(db, row.id, checklist);
  recordAudit(db, writer, {
    entity: 'launch-window',
    entityId: row.id,
    clientId: null,
    action: 'create',
    changes: { ...createdFields(row, WINDOW_FIELDS), checklistItems: [null, checklist.length] },
    note,
  });
  return loadLaunchWindow(db, row.id);
}

export function updateLaunchWindow(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  patch: Partial<LaunchWindowValues>,
  checklist: readonly ChecklistValues[] | undefined,
  instants: WindowInstants,
): LaunchWindow {
  const before = expectVersion(findWindowRow(db, id), 'Launch window', id, version);
  const merged = { ...before, ...patch };
  if (patch.applicationTypeId !== undefined || patch.jurisdiction !== undefined)
    checkApplicationType(db, merged.applicationTypeId, merged.jurisdiction);
  const after = { ...merged, ...instants(merged) };
  const changes: Record<string, unknown> = changedFields(before, after, WINDOW_FIELDS);
  db.update(launchWindows)
    .set({ ...after, id, updatedAt: writer.at, version: version + 1 })
    .where(eq(launchWindows.id, id))
    .run();
  if (checklist) {
    const was = windowChecklist(db, id).map(({ audience, labelKey, label }) => ({
      audience,
      labelKey,
      label,
    }));
    const now = checklist.map(({ audience, labelKey, label }) => ({ audience, labelKey, label }));
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      replaceWindowChecklist(db, id, checklist);
      changes.checklist = [was, now];
    }
  }
  if (Object.keys(changes).length > 0)
    recordAudit(db, writer, {
      entity: 'launch-window',
      entityId: id,
      clientId: null,
      action: 'update',
      changes,
    });
  return loadLaunchWindow(db, id);
}

/** Closing a window's file: kept with its enrolments and submissions for the record. */
export function archiveLaunchWindow(
  db: CaseportDb,
  writer: Writer,
  id: number,
  version: number,
  reason: string,
) {
  const before = expectVersion(findWindowRow(db, id), 'Launch window', id, version);
  markArchived(db, writer, launchWindows, before, { entity: 'launch-window', clientId: null }, reason);
  return loadLaunchWindow(db, id);
}

/** The government's published count; last writer wins so a busy launch never sees a conflict. */
export function updateReportedCount(
  db: CaseportDb,
  writer: Writer,
  id: number,
  count: number,
  reportedAt: string,
) {
  const before = findWindowRow(db, id);
  if (!before) throw notFound('Launch window', id);
  db.update(launchWindows)
    .set({ reportedCount: count, reportedAt, updatedAt: writer.at, version: before.version + 1 })
    .where(eq(launchWindows.id, id))
    .run();
  recordAudit(db, writer, {
    entity: 'launch-window',
    entityId: id,
    clientId: null,
    action: 'update',
    changes: changedFields(before, { ...before, reportedCount: count, reportedAt }, [
      'reportedCount',
      'reportedAt',
    ]),
  });
  return loadLaunchWindow(db, id);
}

/** The next program: same settings and documents, no families, no reported count. */
export function cloneLaunchWindow(
  db: CaseportDb,
  writer: Writer,
  id: number,
  name: string,
  instants: WindowInstants,
): LaunchWindow {
  const source = loadLaunchWindow(db, id);
  return createLaunchWindow(
    db,
    writer,
    {
      name,
      templateCode: source.templateCode,
      jurisdiction: source.jurisdiction,
      applicationTypeId: source.applicationTypeId,
      opensOn: source.opensOn,
      opensAtTime: source.opensAtTime,
      timeZone: source.timeZone,
      closesOn: source.closesOn,
      closesAtTime: source.closesAtTime,
      cap: source.cap,
      capCountsToward: source.capCountsToward,
      eligibility: source.eligibility,
      notes: source.notes,
    },
    source.checklist,
    instants,
    `Cloned from launch window ${id}`,
  );
}

export function listLaunchWindows(
  db: CaseportDb,
  archived: 'exclude' | 'only' | 'include',
): LaunchWindowListItem[] {
  const where: SQL | undefined =
    archived === 'exclude'
      ? isNull(launchWindows.archivedAt)
      : archived === 'only'
        ? isNotNull(launchWindows.archivedAt)
        : undefined;
  const rows = db
    .select({
      id: launchWindows.id,
      name: launchWindows.name,
      jurisdiction: launchWindows.jurisdiction,
      opensAt: launchWindows.opensAt,
      timeZone: launchWindows.timeZone,
      closesAt: launchWindows.closesAt,
      cap: launchWindows.cap,
      capCountsToward: launchWindows.capCountsToward,
      reportedCount: launchWindows.reportedCount,
      archivedAt: launchWindows.archivedAt,
    })
    .from(launchWindows)
    .where(where)
    .orderBy(desc(launchWindows.opensAt), desc(launchWindows.id))
    .all();
  const counts = db
    .select({ windowId: launchWindowEnrolments.windowId, state: launchWindowEnrolments.state, n: count() })
    .from(launchWindowEnrolments)
    .groupBy(launchWindowEnrolments.windowId, launchWindowEnrolments.state)
    .all();
  const tally = (windowId: number, states: string[]) =>
    counts
      .filter((c) => c.windowId === windowId && states.includes(c.state))
      .reduce((sum, c) => sum + c.n, 0);
  return rows.map((row) => ({
    ...row,
    enrolledFamilies: tally(row.id, ['enrolled', 'submitted']),
    submittedFamilies: tally(row.id, ['submitted']),
  }));
}
