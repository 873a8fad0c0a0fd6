import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../db/audit/record';
import type { ClientValues } from '../../db/clients/queries';
import type { DependantValues } from '../../db/dependants/queries';
import { RecordError } from '../../db/errors';
import { planImport } from '../../db/imports/plan';
import { findBatch } from '../../db/imports/staging';
import type { CaseportDb } from '../../db/open';
import { auditLog, importBatches } from '../../db/schema';
import type { Writer } from '../../db/writer';
import type { ImportPreview, ImportResult } from '../contract/imports';
import { enrolFamilies } from '../launch-windows/enrolment';
import { createFamiliesInBulk, type NewFamily } from './bulk-families';

export function previewImport(db: CaseportDb, batchId: number, limit: number): ImportPreview {
  const plan = planImport(db, findBatch(db, batchId));
  return {
    batchId,
    rows: plan.rows,
    validRows: plan.rows - plan.invalidRows,
    invalidRows: plan.invalidRows,
    families: plan.families.length,
    validFamilies: plan.families.filter((f) => f.valid).length,
    duplicateRows: plan.duplicates.length,
    familiesWithDuplicates: plan.families.filter((f) => f.duplicate).length,
    validFamiliesWithDuplicates: plan.families.filter((f) => f.valid && f.duplicate).length,
    errors: plan.errors.slice(0, limit),
    duplicates: plan.duplicates.slice(0, limit),
    errorsTruncated: plan.errors.length > limit,
    duplicatesTruncated: plan.duplicates.length > limit,
  };
}

// The refusal names at most this many rows beside the form; preview lists them all.
const REFUSAL_FIELDS = 100;

/**
 * Creates the families in ONE transaction (the caller's), writes the import log to the audit
 * trail, optionally enrols the families in a launch window, and drops the staged rows. In
 * all-or-nothing mode any bad row refuses the whole file and nothing is written.
 */
export function commitImport(
  db: CaseportDb,
  writer: Writer,
  input: {
    batchId: number;
    mode: 'all-or-nothing' | 'valid-only';
    onDuplicate: 'skip-family' | 'import-anyway';
    enrolInWindowId: number | null;
  },
  /** Called every few hundred families: a long import shows how far it has come. */
  onProgress?: (familiesDone: number, familiesTotal: number) => void,
  // The set-based path; the equivalence test passes createFamiliesPerRecord to compare the two.
  createFamilies: typeof createFamiliesInBulk = createFamiliesInBulk,
): ImportResult {
  const batch = findBatch(db, input.batchId);
  const plan = planImport(db, batch);
  if (plan.rows === 0)
    throw new RecordError('invalid', 'The import has no rows.', { _form: 'csvImport.errors.empty' });
  if (input.mode === 'all-or-nothing' && plan.invalidRows > 0) {
    const fields: Record<string, string> = { _form: 'csvImport.errors.fileHasErrors' };
    for (const error of plan.errors.slice(0, REFUSAL_FIELDS))
      fields[`rows.${error.rowNumber}.${error.field}`] ??= error.key;
    throw new RecordError('invalid', `${plan.invalidRows} rows have errors; nothing was imported.`, fields);
  }
  const familiesSkipped: ImportResult['familiesSkipped'] = [];
  const skippedRows: number[] = [];
  const wanted: NewFamily[] = [];
  let peopleCreated = 0;
  for (const family of plan.families) {
    const skip = !family.valid
      ? 'errors'
      : family.duplicate && input.onDuplicate === 'skip-family'
        ? 'duplicate'
        : null;
    if (skip) {
      familiesSkipped.push({ familyKey: family.familyKey, reason: skip });
      skippedRows.push(...family.rows.map((r) => r.rowNumber));
      continue;
    }
    const [principal, ...others] = [...family.rows].sort(
      (a, b) =>
        Number(b.relationship === 'principal') - Number(a.relationship === 'principal') ||
        a.rowNumber - b.rowNumber,
    );
    if (!principal?.person) continue;
    wanted.push({
      principal: principal.person as unknown as ClientValues,
      dependants: others.map((row) => row.person as unknown as DependantValues),
    });
    peopleCreated += family.rows.length;
  }
  const clientIds = createFamilies(db, writer, wanted, onProgress);
  const log = {
    fileName: batch.fileName,
    mode: input.mode,
    onDuplicate: input.onDuplicate,
    rows: plan.rows,
    rowsImported: plan.rows - skippedRows.length,
    rowsSkipped: skippedRows.length,
    familiesCreated: clientIds.length,
    peopleCreated,
    skippedRowNumbers: skippedRows.slice(0, 1000),
    skippedFamilies: familiesSkipped.slice(0, 1000),
    errors: plan.errors.slice(0, 1000).map((e) => ({ row: e.rowNumber, field: e.field, key: e.key })),
  };
  recordAudit(db, writer, {
    entity: 'import',
    entityId: batch.id,
    clientId: null,
    action: 'create',
    changes: { importLog: [null, log] },
    note: `CSV import ${batch.fileName}: ${clientIds.length} families, ${skippedRows.length} rows skipped`,
  });
  const audit = db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'import'), eq(auditLog.entityId, batch.id)))
    .orderBy(desc(auditLog.id))
    .get();
  let enrolment: ImportResult['enrolment'] = null;
  if (input.enrolInWindowId !== null && clientIds.length > 0) {
    const families = enrolFamilies(db, writer, input.enrolInWindowId, clientIds);
    enrolment = {
      families,
      enrolled: families.filter((f) => f.outcome === 'enrolled').length,
      applicationsCreated: families.reduce((sum, f) => sum + f.applicationsCreated, 0),
      applicationsReused: families.reduce((sum, f) => sum + f.applicationsReused, 0),
    };
  }
  db.delete(importBatches).where(eq(importBatches.id, batch.id)).run();
  return {
    familiesCreated: clientIds.length,
    peopleCreated,
    rowsImported: log.rowsImported,
    rowsSkipped: skippedRows.length,
    familiesSkipped,
    clientIds,
    auditEntryId: audit?.id ?? 0,
    enrolment,
  };
}
