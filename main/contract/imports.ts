import { z } from 'zod';
import type { ImportField } from './import-columns';
import { importBatchId, importColumns, importRowsShape } from './import-rows';
import type { EnrolmentResult } from './launch-queue';
import { multiLineText, optionalText, recordId, V } from './validation';

/**
 * Importing clients with their families from CSV, in steps a progress bar can follow: the
 * renderer reads the file in chunks (papaparse) and sends rows in batches of up to 1,000;
 * nothing reaches the client tables until `imports.commit`, which runs in one transaction.
 *   imports.begin    header + column mapping           -> batch id
 *   imports.addRows  up to 1,000 rows, checked, staged -> this batch's errors and duplicates
 *   imports.preview  counts, first errors/duplicates   (may be called any time)
 *   imports.commit   all-or-nothing | valid-only       -> families created (+ optional enrolment)
 *   imports.cancel   drops the staged rows
 */

export * from './import-columns';
export { convertImportRow, type RowProblem } from './import-rows';

export const beginImportInput = z.strictObject({
  fileName: optionalText(260).default(''),
  // A quoted heading may wrap onto two lines in a spreadsheet; hidden characters are refused.
  header: z.array(multiLineText(200)).min(1, V.required).max(100, V.tooMany),
  /** Field per column, null to ignore it; omit to take the suggested mapping. */
  columns: importColumns.optional(),
});

export const addImportRowsInput = importBatchId.extend({ rows: importRowsShape });

export const previewImportInput = importBatchId.extend({
  /** How many errors and duplicates to list (counts are always complete). */
  limit: z.number().int().min(1).max(1000).default(100),
});

export const IMPORT_MODES = ['all-or-nothing', 'valid-only'] as const;

export const commitImportInput = importBatchId.extend({
  /** all-or-nothing refuses a file with any bad row; valid-only imports the families whose every row is good. */
  mode: z.enum(IMPORT_MODES, { error: V.required }),
  /** A family with someone already on file (or earlier in the file) is skipped unless told otherwise. */
  onDuplicate: z.enum(['skip-family', 'import-anyway']).default('skip-family'),
  /** Enrol the imported families in this launch window in the same transaction. */
  enrolInWindowId: recordId.nullable().default(null),
});

export interface ImportRowError {
  rowNumber: number;
  field: ImportField | 'row';
  /** The header of the column at fault, as in the file ('' for a row-level problem). */
  column: string;
  /** i18n key: `validation.*` (same as the forms) or `csvImport.errors.*`. */
  key: string;
  familyKey: string;
}

export interface ImportRowDuplicate {
  rowNumber: number;
  familyKey: string;
  givenNames: string;
  familyName: string;
  /** On file already (clientId set) or an earlier row of this file (rowNumber set). */
  matches: {
    clientId: number | null;
    dependantId: number | null;
    rowNumber: number | null;
    givenNames: string;
    familyName: string;
    dateOfBirth: string | null;
    reason: 'passport' | 'name-and-birth-date';
  }[];
}

export interface ImportBatch {
  batchId: number;
  header: string[];
  columns: (ImportField | null)[];
  /** Required fields no column is mapped to (begin refuses these; listed for the mapping screen). */
  unmappedRequired: ImportField[];
}

export interface ImportRowsResult {
  batchId: number;
  /** Totals so far, for the progress bar. */
  rowsReceived: number;
  /** Of this batch. */
  received: number;
  invalid: number;
  errors: ImportRowError[];
  duplicates: ImportRowDuplicate[];
}

export interface ImportPreview {
  batchId: number;
  rows: number;
  validRows: number;
  invalidRows: number;
  families: number;
  /** Families whose every row is good: what valid-only would import (before duplicates). */
  validFamilies: number;
  duplicateRows: number;
  /** Families with a duplicate that onDuplicate 'skip-family' would skip. */
  familiesWithDuplicates: number;
  /** Of the valid families, those with a duplicate: what the review subtracts to say how many will really be imported. */
  validFamiliesWithDuplicates: number;
  errors: ImportRowError[];
  duplicates: ImportRowDuplicate[];
  errorsTruncated: boolean;
  duplicatesTruncated: boolean;
}

export interface ImportResult {
  familiesCreated: number;
  peopleCreated: number;
  rowsImported: number;
  rowsSkipped: number;
  familiesSkipped: { familyKey: string; reason: 'errors' | 'duplicate' }[];
  clientIds: number[];
  /** The audit entry holding the import log. */
  auditEntryId: number;
  enrolment: EnrolmentResult | null;
}
