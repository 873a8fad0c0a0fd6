import { TZDate } from '@date-fns/tz';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import Papa from 'papaparse';
import type { AuditEntry } from '../../main/contract/audit';
import { CSV_BOM, FORMULA_START } from '../../main/contract/csv';
import type { CaseportDb } from '../open';
import { auditKeys, auditLog, firmUsers } from '../schema';
import { readSettings } from '../users/queries';
import { isSealed, unseal } from './seal';

export interface AuditQuery {
  clientId?: number | undefined;
  entity?: string | undefined;
  entityId?: number | undefined;
  beforeId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The instant a calendar day starts in the firm's time zone, as the UTC ISO text `at` is stored
 * in. `dayOffset` 1 gives the start of the next day, the exclusive end of `to`.
 */
function dayStartIn(timeZone: string, date: string, dayOffset = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day + dayOffset, timeZone).getTime()).toISOString();
}

function auditFilter(db: CaseportDb, query: AuditQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.clientId !== undefined) conditions.push(eq(auditLog.clientId, query.clientId));
  if (query.entity !== undefined) conditions.push(eq(auditLog.entity, query.entity));
  if (query.entityId !== undefined) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.beforeId !== undefined) conditions.push(lt(auditLog.id, query.beforeId));
  // `from`/`to` are the firm's calendar days, not UTC ones: west of UTC the last evening of `to`
  // is already the next UTC day, east of it the first morning of `from` is still the previous one.
  const { timeZone } = query.from || query.to ? readSettings(db) : { timeZone: 'UTC' };
  if (query.from) conditions.push(gte(auditLog.at, dayStartIn(timeZone, query.from)));
  if (query.to) conditions.push(lt(auditLog.at, dayStartIn(timeZone, query.to, 1)));
  return conditions.length ? and(...conditions) : undefined;
}

/** Newest first, with the author's name as it is now. */
export function listAudit(db: CaseportDb, query: AuditQuery, limit: number): AuditEntry[] {
  return db
    .select({ entry: auditLog, userName: firmUsers.displayName })
    .from(auditLog)
    .leftJoin(firmUsers, eq(firmUsers.id, auditLog.userId))
    .where(auditFilter(db, query))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all()
    .map(({ entry, userName }) => {
      const { chain: _chain, ...stored } = entry;
      return { ...stored, ...openValues(db, stored), userName: userName ?? '' };
    });
}

/** The family's audit key, or null once the family is deleted. */
function familyKey(db: CaseportDb, clientId: number): Buffer | null {
  const row = db.select({ key: auditKeys.key }).from(auditKeys).where(eq(auditKeys.clientId, clientId)).get();
  return row?.key ?? null;
}

/**
 * A family's values are sealed with its key; once the family is deleted after retention the key
 * is gone and the entry shows only who did what and when.
 */
function openValues(
  db: CaseportDb,
  entry: { clientId: number | null; changes: Record<string, unknown>; note: string },
): { changes: Record<string, unknown>; note: string } {
  if (!isSealed(entry.changes) || entry.clientId === null)
    return { changes: entry.changes, note: entry.note };
  return unseal(familyKey(db, entry.clientId), entry.changes) ?? { changes: {}, note: '' };
}

const CSV_COLUMNS = [
  'id',
  'at',
  'user_id',
  'user_name',
  'entity',
  'entity_id',
  'client_id',
  'action',
  'changes',
  'note',
];

/**
 * The audit trail as CSV for a regulator: one row per change, oldest first, changes as JSON.
 * Cells that a spreadsheet would run as a formula are prefixed with a quote.
 */
export function auditCsv(db: CaseportDb, query: AuditQuery): { csv: string; rows: number } {
  const entries = listAudit(db, query, Number.MAX_SAFE_INTEGER).reverse();
  const data = entries.map((e) => [
    e.id,
    e.at,
    e.userId ?? '',
    e.userName,
    e.entity,
    e.entityId,
    e.clientId ?? '',
    e.action,
    JSON.stringify(e.changes),
    e.note,
  ]);
  // Papa's own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, which misses a cell with a line
  // break (`.` stops at it); the shared rule looks only at the first character.
  const csv = Papa.unparse({ fields: CSV_COLUMNS, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
  // The byte-order mark makes Excel on Windows read UTF-8: accented names stay intact.
  return { csv: `${CSV_BOM}${csv}`, rows: entries.length };
}
