import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type {
  ImportBatch,
  ImportPreview,
  ImportResult,
  ImportRowsResult,
  LaunchQueue,
  LaunchWindow,
} from '../../../main/contract';
import { suggestColumnMapping } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { createClient } from '../support/families';
import { ok, openTestDatabase, repoRoot, setUpFirm, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const count = (sql: string) => database.sqlite.prepare(sql).pluck().get() as number;
const fixture = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/import-50-families-5-bad.csv'), 'utf8');

/** What the renderer does: parse, send the header, then rows in batches with their spreadsheet row numbers. */
async function stage(csv: string, batchSize = 40) {
  const [header = [], ...lines] = Papa.parse<string[]>(csv.trim()).data;
  const batch = await ok<ImportBatch>(dispatch(ctx, 'imports.begin', { fileName: 'families.csv', header }));
  const results: ImportRowsResult[] = [];
  for (let start = 0; start < lines.length; start += batchSize) {
    const rows = lines
      .slice(start, start + batchSize)
      .map((cells, i) => ({ rowNumber: start + i + 2, cells }));
    results.push(
      await ok<ImportRowsResult>(dispatch(ctx, 'imports.addRows', { batchId: batch.batchId, rows })),
    );
  }
  return { batch, results };
}

const staged = () => count('SELECT count(*) FROM import_rows') + count('SELECT count(*) FROM import_batches');

describe('column mapping', () => {
  it('suggests fields from headers whatever their case, accents or punctuation', () => {
    expect(
      suggestColumnMapping([
        'FAMILY',
        'Prénom',
        'nom_de_famille',
        'D.O.B',
        'Passport #',
        'Passport expiry date',
        'Notes',
        '???',
      ]),
    ).toEqual([
      'familyKey',
      'givenNames',
      'familyName',
      'dateOfBirth',
      'passportNumber',
      'passportExpiresOn',
      'notes',
      null,
    ]);
  });

  it('uses each field once: the first matching column wins', () => {
    expect(suggestColumnMapping(['Passport', 'Passport number', 'Given name', 'First name'])).toEqual([
      'passportNumber',
      null,
      'givenNames',
      null,
    ]);
  });

  it('refuses a mapping without the columns every row needs, or with a field twice', async () => {
    const missing = await dispatch(ctx, 'imports.begin', {
      header: ['Name', 'Family'],
      columns: ['givenNames', 'familyKey'],
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { columns: 'csvImport.errors.columnRequired' } },
    });
    const twice = await dispatch(ctx, 'imports.begin', {
      header: ['a', 'b', 'c', 'd'],
      columns: ['givenNames', 'familyKey', 'relationship', 'givenNames'],
    });
    expect(twice).toMatchObject({
      ok: false,
      error: { fields: { 'columns.3': 'csvImport.errors.columnRepeated' } },
    });
  });
});

describe('the 50-family file with 5 bad rows', () => {
  const badRows = [
    {
      rowNumber: 9,
      field: 'dateOfBirth',
      column: 'Date of birth',
      key: 'validation.date',
      familyKey: 'F004',
    },
    { rowNumber: 30, field: 'email', column: 'Email', key: 'validation.email', familyKey: 'F012' },
    {
      rowNumber: 50,
      field: 'passportCountry',
      column: 'Passport country',
      key: 'validation.country',
      familyKey: 'F020',
    },
    {
      rowNumber: 74,
      field: 'relationship',
      column: 'Relationship',
      key: 'csvImport.errors.relationship',
      familyKey: 'F029',
    },
    {
      rowNumber: 109,
      field: 'givenNames',
      column: 'Given names',
      key: 'validation.required',
      familyKey: 'F043',
    },
  ];

  it('reports exactly those 5 rows, with row numbers and columns, batch by batch and in the preview', async () => {
    const { batch, results } = await stage(fixture);
    expect(batch.unmappedRequired).toEqual([]);
    expect(results.flatMap((r) => r.errors)).toEqual(badRows);
    expect(results.at(-1)?.rowsReceived).toBe(125);
    const preview = await ok<ImportPreview>(dispatch(ctx, 'imports.preview', { batchId: batch.batchId }));
    expect(preview).toMatchObject({
      rows: 125,
      invalidRows: 5,
      validRows: 120,
      families: 50,
      validFamilies: 45,
      duplicateRows: 0,
      errors: badRows,
      errorsTruncated: false,
    });
  });

  it('imports nothing in all-or-nothing mode and says which rows are wrong', async () => {
    const { batch } = await stage(fixture);
    const result = await dispatch(ctx, 'imports.commit', { batchId: batch.batchId, mode: 'all-or-nothing' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: {
          _form: 'csvImport.errors.fileHasErrors',
          'rows.9.dateOfBirth': 'validation.date',
          'rows.109.givenNames': 'validation.required',
        },
      },
    });
    expect(count('SELECT count(*) FROM clients') + count('SELECT count(*) FROM dependants')).toBe(0);
    expect(count(`SELECT count(*) FROM audit_log WHERE entity IN ('client', 'dependant', 'import')`)).toBe(0);
    // The staged rows stay, so the user can still choose valid-only or cancel.
    expect(count('SELECT count(*) FROM import_rows')).toBe(125);
  });

  it('imports the 45 whole, good families in valid-only mode, logs it in the audit trail and cleans up', async () => {
    const { batch } = await stage(fixture);
    const result = await ok<ImportResult>(
      dispatch(ctx, 'imports.commit', { batchId: batch.batchId, mode: 'valid-only' }),
    );
    expect(result.familiesCreated).toBe(45);
    expect(result.familiesSkipped.map((f) => f.familyKey)).toEqual(['F004', 'F012', 'F020', 'F029', 'F043']);
    expect(count('SELECT count(*) FROM clients')).toBe(45);
    expect(result.peopleCreated).toBe(
      count('SELECT count(*) FROM clients') + count('SELECT count(*) FROM dependants'),
    );
    expect(result.rowsImported + result.rowsSkipped).toBe(125);
    const log = database.sqlite
      .prepare(`SELECT id, changes FROM audit_log WHERE entity = 'import'`)
      .get() as { id: number; changes: string };
    expect(log.id).toBe(result.auditEntryId);
    expect(JSON.parse(log.changes).importLog[1]).toMatchObject({
      mode: 'valid-only',
      rows: 125,
      familiesCreated: 45,
    });
    expect(staged()).toBe(0);
    // Imported people are found like any other (search index kept by the same transaction).
    const found = await ok<{ total: number }>(dispatch(ctx, 'search.query', { text: 'sofia lopez' }));
    expect(found.total).toBeGreaterThan(0);
  });

  it('enrols the imported families in a launch window in the same commit', async () => {
    const window = await ok<LaunchWindow>(
      dispatch(ctx, 'launchWindows.createFromTemplate', {
        template: 'ca-owp-us-h1b-2023',
        opensOn: '2026-03-15',
      }),
    );
    const { batch } = await stage(fixture, 1000);
    const result = await ok<ImportResult>(
      dispatch(ctx, 'imports.commit', {
        batchId: batch.batchId,
        mode: 'valid-only',
        enrolInWindowId: window.id,
      }),
    );
    expect(result.enrolment?.enrolled).toBe(45);
    const queue = await ok<LaunchQueue>(dispatch(ctx, 'launchWindows.queue', { windowId: window.id }));
    expect(queue.counts.families).toBe(45);
  });
});

describe('the documented example file', () => {
  it('imports whole, with no errors, in all-or-nothing mode', async () => {
    const example = fs.readFileSync(path.join(repoRoot, 'docs/examples/families.csv'), 'utf8');
    const { batch } = await stage(example);
    const result = await ok<ImportResult>(
      dispatch(ctx, 'imports.commit', { batchId: batch.batchId, mode: 'all-or-nothing' }),
    );
    expect(result).toMatchObject({ familiesCreated: 6, peopleCreated: 14, rowsSkipped: 0 });
    // F009's principal has a single-name passport: no family name, and still accepted.
    expect(count(`SELECT count(*) FROM clients WHERE family_name = ''`)).toBe(1);
  });
});

describe('duplicates and cancelling', () => {
  const csv = [
    'family,relationship,given name,last name,dob,passport number,passport country',
    'A,principal,Élodie,Núñez,1990-01-02,X1234567,FR',
    'B,principal,Sam,Lee,1985-05-05,Y555,KR',
    'B,spouse,Élodie,Nunez,1990-01-02,,',
    'C,principal,Tom,Berg,1970-07-07,x-123 4567,FR',
  ].join('\n');

  it('flags people already on file and the same person twice in the file; skips those families unless told', async () => {
    const onFile = await createClient(ctx, {
      givenNames: 'Sam',
      familyName: 'Lee',
      dateOfBirth: '1985-05-05',
    });
    const { batch } = await stage(csv);
    const preview = await ok<ImportPreview>(dispatch(ctx, 'imports.preview', { batchId: batch.batchId }));
    expect(
      preview.duplicates.map((d) => [d.rowNumber, d.matches.map((m) => [m.clientId, m.rowNumber, m.reason])]),
    ).toEqual([
      [3, [[onFile.id, null, 'name-and-birth-date']]],
      [4, [[null, 2, 'name-and-birth-date']]],
      [5, [[null, 2, 'passport']]],
    ]);
    expect(preview).toMatchObject({ invalidRows: 0, familiesWithDuplicates: 2 });
    const result = await ok<ImportResult>(
      dispatch(ctx, 'imports.commit', { batchId: batch.batchId, mode: 'all-or-nothing' }),
    );
    expect(result.familiesCreated).toBe(1);
    expect(result.familiesSkipped).toEqual([
      { familyKey: 'B', reason: 'duplicate' },
      { familyKey: 'C', reason: 'duplicate' },
    ]);
  });

  it('imports duplicates anyway on request', async () => {
    await createClient(ctx, { givenNames: 'Sam', familyName: 'Lee', dateOfBirth: '1985-05-05' });
    const { batch } = await stage(csv);
    const result = await ok<ImportResult>(
      dispatch(ctx, 'imports.commit', {
        batchId: batch.batchId,
        mode: 'all-or-nothing',
        onDuplicate: 'import-anyway',
      }),
    );
    expect(result.familiesCreated).toBe(3);
  });

  it('needs exactly one principal per family', async () => {
    const { batch } = await stage(
      'family,relationship,given names\nA,spouse,Kim\nB,principal,Lee\nB,principal,Lea\n',
    );
    const preview = await ok<ImportPreview>(dispatch(ctx, 'imports.preview', { batchId: batch.batchId }));
    expect(preview.errors.map((e) => [e.rowNumber, e.key])).toEqual([
      [2, 'csvImport.errors.noPrincipal'],
      [4, 'csvImport.errors.twoPrincipals'],
    ]);
  });

  it('drops the staged rows on cancel and refuses a row number sent twice', async () => {
    const { batch } = await stage(csv);
    const again = await dispatch(ctx, 'imports.addRows', {
      batchId: batch.batchId,
      rows: [{ rowNumber: 2, cells: ['A', 'principal', 'X'] }],
    });
    expect(again).toMatchObject({
      ok: false,
      error: { fields: { 'rows.0.rowNumber': 'csvImport.errors.rowRepeated' } },
    });
    await ok(dispatch(ctx, 'imports.cancel', { batchId: batch.batchId }));
    expect(staged()).toBe(0);
    expect(count('SELECT count(*) FROM clients')).toBe(0);
  });
});
