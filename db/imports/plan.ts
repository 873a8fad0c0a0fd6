import { asc, eq } from 'drizzle-orm';
import type { ImportRowDuplicate, ImportRowError } from '../../main/contract/imports';
import type { CaseportDb } from '../open';
import { type importBatches, importRows } from '../schema';
import { rowDuplicate, rowErrors, type StagedRow } from './staging';

/**
 * The staged rows grouped into families, with the checks no single row can make: a family
 * needs exactly one principal. A family imports only whole: one bad row holds back all of it,
 * because half a family on file is the partial import the firm must never be left with.
 */
export interface PlannedFamily {
  familyKey: string;
  rows: StagedRow[];
  valid: boolean;
  duplicate: boolean;
}

export interface ImportPlan {
  rows: number;
  invalidRows: number;
  errors: ImportRowError[];
  duplicates: ImportRowDuplicate[];
  families: PlannedFamily[];
}

export function planImport(db: CaseportDb, batch: typeof importBatches.$inferSelect): ImportPlan {
  const staged = db
    .select()
    .from(importRows)
    .where(eq(importRows.batchId, batch.id))
    .orderBy(asc(importRows.rowNumber))
    .all();
  const byFamily = new Map<string, StagedRow[]>();
  for (const row of staged) {
    // Rows without a family key cannot join any family: each stands alone (and is already invalid).
    const key = row.familyKey || `\u0000row-${row.rowNumber}`;
    const list = byFamily.get(key);
    if (list) list.push(row);
    else byFamily.set(key, [row]);
  }
  const families: PlannedFamily[] = [];
  for (const [familyKey, rows] of byFamily) {
    const principals = rows.filter((r) => r.relationship === 'principal');
    for (const row of rows) {
      const hasRelationshipProblem = row.errors.some((e) => e.field === 'relationship');
      let problem: string | null = null;
      if (principals.length === 0 && row.familyKey) problem = 'csvImport.errors.noPrincipal';
      else if (principals.length > 1 && row.relationship === 'principal' && row !== principals[0])
        problem = 'csvImport.errors.twoPrincipals';
      if (problem && !hasRelationshipProblem) {
        row.errors = [...row.errors, { field: 'relationship', key: problem }];
        row.valid = false;
      }
    }
    families.push({
      familyKey: rows[0]?.familyKey ?? familyKey,
      rows,
      valid: rows.every((r) => r.valid),
      duplicate: rows.some((r) => r.duplicates.length > 0),
    });
  }
  const invalid = staged.filter((r) => !r.valid);
  return {
    rows: staged.length,
    invalidRows: invalid.length,
    errors: invalid.flatMap((r) => rowErrors(batch, r)),
    duplicates: staged.filter((r) => r.duplicates.length > 0).map(rowDuplicate),
    families,
  };
}
