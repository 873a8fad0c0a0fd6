import { and, eq, inArray, lt } from 'drizzle-orm';
import { convertImportRow } from '../../main/contract/import-rows';
import type {
  ImportBatch,
  ImportField,
  ImportRowDuplicate,
  ImportRowError,
  ImportRowsResult,
} from '../../main/contract/imports';
import { REQUIRED_IMPORT_FIELDS } from '../../main/contract/imports';
import { notFound, RecordError } from '../errors';
import type { CaseportDb } from '../open';
import { importBatches, importRows } from '../schema';
import { compactNumber } from '../search/fold';
import { personNameKey } from '../text';
import type { Writer } from '../writer';
import { onFileMatches, stagedKeyOwners } from './duplicates';

type BatchRow = typeof importBatches.$inferSelect;
export type StagedRow = typeof importRows.$inferSelect;

// An import left open (window closed mid-file) is scratch holding whole rows of personal data:
// dropped when the next one starts and at every start of the app, so it does not linger in the
// file or ride along into backups.
const ABANDONED_AFTER_MS = 24 * 3600 * 1000;

/** Drops staged imports begun more than a day before `at` (never committed nor cancelled). */
export function dropAbandonedImports(db: CaseportDb, at: string): void {
  const cutoff = new Date(Date.parse(at) - ABANDONED_AFTER_MS).toISOString();
  db.delete(importBatches).where(lt(importBatches.createdAt, cutoff)).run();
}

/**
 * Drops every staged import, whatever its age: a family deleted after retention may be in a
 * file someone began importing, and its rows must go with it (the import is started again).
 */
export function dropAllStagedImports(db: CaseportDb): void {
  db.delete(importBatches).run();
}

export function beginImport(
  db: CaseportDb,
  writer: Writer,
  input: { fileName: string; header: string[]; columns: (ImportField | null)[] },
): ImportBatch {
  dropAbandonedImports(db, writer.at);
  const row = db
    .insert(importBatches)
    .values({
      fileName: input.fileName,
      header: input.header,
      mapping: Object.fromEntries(input.columns.map((field, index) => [String(index), field ?? ''])),
      createdAt: writer.at,
      createdBy: writer.actorId,
    })
    .returning()
    .get();
  return toBatch(row);
}

export function columnsOf(batch: BatchRow): (ImportField | null)[] {
  return batch.header.map((_, index) => (batch.mapping[String(index)] || null) as ImportField | null);
}

function toBatch(row: BatchRow): ImportBatch {
  const columns = columnsOf(row);
  return {
    batchId: row.id,
    header: row.header,
    columns,
    unmappedRequired: REQUIRED_IMPORT_FIELDS.filter((f) => !columns.includes(f)),
  };
}

export function findBatch(db: CaseportDb, batchId: number): BatchRow {
  const batch = db.select().from(importBatches).where(eq(importBatches.id, batchId)).get();
  if (!batch) throw notFound('Import', batchId);
  return batch;
}

export function rowErrors(batch: BatchRow, row: StagedRow): ImportRowError[] {
  const columns = columnsOf(batch);
  return row.errors.map((e) => {
    const index = columns.indexOf(e.field as ImportField);
    return {
      rowNumber: row.rowNumber,
      field: e.field as ImportField,
      column: index >= 0 ? (batch.header[index] ?? '') : '',
      key: e.key,
      familyKey: row.familyKey,
    };
  });
}

export function rowDuplicate(row: StagedRow): ImportRowDuplicate {
  const person = (row.person ?? {}) as { givenNames?: string; familyName?: string };
  return {
    rowNumber: row.rowNumber,
    familyKey: row.familyKey,
    givenNames: person.givenNames ?? '',
    familyName: person.familyName ?? '',
    matches: row.duplicates as ImportRowDuplicate['matches'],
  };
}

/**
 * Checks and stages a batch of rows. Each row is parsed with the intake forms' schema, then
 * the whole batch is compared with people on file and rows staged before (same person twice
 * in one file), in a few queries per batch so a 10,000-row file stays quick.
 */
export function addImportRows(
  db: CaseportDb,
  batchId: number,
  rows: readonly { rowNumber: number; cells: string[] }[],
): ImportRowsResult {
  const batch = findBatch(db, batchId);
  const columns = columnsOf(batch);
  const numbers = rows.map((r) => r.rowNumber);
  const repeated = new Set(
    db
      .select({ rowNumber: importRows.rowNumber })
      .from(importRows)
      .where(and(eq(importRows.batchId, batchId), inArray(importRows.rowNumber, numbers)))
      .all()
      .map((r) => r.rowNumber),
  );
  numbers.forEach((n, index) => {
    if (repeated.has(n) || numbers.indexOf(n) !== index)
      throw new RecordError('invalid', `Row ${n} was already sent.`, {
        [`rows.${index}.rowNumber`]: 'csvImport.errors.rowRepeated',
      });
  });
  const converted = rows.map(({ rowNumber, cells }) => {
    const row = convertImportRow(cells, columns);
    const person = row.person as StagedPerson | null;
    const passport = person?.passports[0];
    return {
      rowNumber,
      row,
      person,
      passportKey: passport ? `${compactNumber(passport.number)}|${passport.issuingCountry}` : '',
      nameBirthKey: person?.dateOfBirth
        ? `${personNameKey(person.givenNames, person.familyName)}|${person.dateOfBirth}`
        : '',
    };
  });
  const onFile = onFileMatches(db, converted);
  const staged = stagedKeyOwners(db, batchId, converted);
  // Rows of this very batch count as "earlier in the file" for the rows after them.
  const inBatch = new Map<string, { rowNumber: number; person: Record<string, unknown> | null }>();
  const values = converted.map(({ rowNumber, row, person, passportKey, nameBirthKey }) => {
    const matches: ImportRowDuplicate['matches'] = [];
    if (person) {
      for (const key of [passportKey, nameBirthKey]) if (key) matches.push(...(onFile.get(key) ?? []));
      const earlier = [
        ['passport', `p:${passportKey}`, passportKey],
        ['name-and-birth-date', `n:${nameBirthKey}`, nameBirthKey],
      ] as const;
      for (const [reason, key, raw] of earlier) {
        if (!raw) continue;
        const first = [staged.get(key), inBatch.get(key)]
          .filter((f): f is NonNullable<typeof f> => f !== undefined && f.rowNumber < rowNumber)
          .sort((a, b) => a.rowNumber - b.rowNumber)[0];
        if (first && !matches.some((m) => m.rowNumber === first.rowNumber)) {
          const other = (first.person ?? {}) as Partial<StagedPerson>;
          matches.push({
            clientId: null,
            dependantId: null,
            rowNumber: first.rowNumber,
            givenNames: other.givenNames ?? '',
            familyName: other.familyName ?? '',
            dateOfBirth: other.dateOfBirth ?? null,
            reason,
          });
        }
        if (!inBatch.has(key)) inBatch.set(key, { rowNumber, person: row.person });
      }
    }
    return {
      batchId,
      rowNumber,
      familyKey: row.familyKey,
      relationship: row.relationship,
      person: row.person,
      valid: row.problems.length === 0,
      passportKey,
      nameBirthKey,
      errors: row.problems,
      duplicates: matches,
    };
  });
  // 11 columns x 80 rows stays well under SQLite's bound-parameter limit.
  for (let i = 0; i < values.length; i += 80)
    db.insert(importRows)
      .values(values.slice(i, i + 80))
      .run();
  const errors: ImportRowError[] = [];
  const duplicates: ImportRowDuplicate[] = [];
  for (const value of values) {
    const asStaged = { ...value, id: 0, person: value.person ?? null } as StagedRow;
    if (!value.valid) errors.push(...rowErrors(batch, asStaged));
    if (value.duplicates.length > 0) duplicates.push(rowDuplicate(asStaged));
  }
  const rowsReceived = batch.rowsReceived + rows.length;
  db.update(importBatches).set({ rowsReceived }).where(eq(importBatches.id, batchId)).run();
  return {
    batchId,
    rowsReceived,
    received: rows.length,
    invalid: values.filter((v) => !v.valid).length,
    errors,
    duplicates,
  };
}

interface StagedPerson {
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  passports: { number: string; issuingCountry: string }[];
}

export function cancelImport(db: CaseportDb, batchId: number): void {
  findBatch(db, batchId);
  db.delete(importBatches).where(eq(importBatches.id, batchId)).run();
}
