import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/audit/queries';
import type { OpenedDatabase } from '../../../db/open';
import * as schema from '../../../db/schema';
import type { ImportBatch } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { write } from '../../../main/data-service/transaction';
import { createFamiliesPerRecord } from '../../../main/imports/bulk-families';
import { commitImport } from '../../../main/imports/commit';
import {
  ok,
  openTestDatabase,
  repoRoot,
  setUpFirm,
  steppingClock,
  testContext,
} from '../support/test-database';

/**
 * The set-based import (main/imports/bulk-families.ts) must store exactly what creating each
 * person through the forms' path stores: same people, documents, deadlines, search rows and
 * next-deadline dates, and the same audit rows (their order may differ: one pass per table).
 * Both databases start identical and run the same calls on the same clock, so even ids match.
 */

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const database of opened.splice(0)) database.sqlite.close();
});

const HEADER = [
  'Family',
  'Relationship',
  'Given names',
  'Surname',
  'Preferred name',
  'Sex',
  'Date of birth',
  'Citizenship',
  'Email',
  'Phone',
  'Address line 1',
  'City',
  'Region',
  'Postal code',
  'Country of residence',
  'Employer',
  'Occupation',
  'Notes',
  'Passport number',
  'Passport country',
  'Passport issued',
  'Passport expiry',
  'Status country',
  'Status',
  'Status valid from',
  'Status valid to',
  'Status document number',
  'Last verified',
];

/** Families of 1-6 with every column used, statuses in CA, US and elsewhere, past and future. */
function generatedRows(families: number): string[][] {
  const rows: string[][] = [];
  for (let f = 1; f <= families; f += 1) {
    const size = 1 + (f % 6);
    for (let n = 0; n < size; n += 1) {
      const relationship = n === 0 ? 'principal' : n === 1 ? 'spouse' : n === 5 ? 'other' : 'child';
      const statusCountry = ['US', 'CA', 'GB', 'US', ''][(f + n) % 5] ?? '';
      rows.push([
        `G${f}`,
        relationship,
        ['Élodie', 'Wei', 'Søren', 'Nguyễn Thị', 'Bo'][(f + n) % 5] ?? 'Sam',
        // Distinct families (the same name and birth date twice would be held back as a duplicate).
        f % 7 === 0 && n === 0 ? '' : `${['Núñez', 'Chen', "O'Brien", 'Ålberg'][f % 4] ?? 'Kim'}-${f}`,
        n === 0 && f % 3 === 0 ? 'Lo' : '',
        ['F', 'M', 'X', ''][(f + n) % 4] ?? '',
        `${relationship === 'child' ? 2012 : 1980 + (f % 15)}-0${1 + (n % 9)}-1${n % 9}`,
        f % 4 === 0 ? 'IN; US' : 'FR',
        n === 0 ? `g${f}@example.com` : '',
        n === 0 ? '+1 206 555 0100' : '',
        n === 0 ? `${f} Main Street` : '',
        'Seattle',
        'WA',
        '98101',
        'US',
        relationship === 'child' ? '' : 'Contoso',
        relationship === 'child' ? 'Student' : 'Engineer',
        f % 5 === 0 ? 'Prefers email' : '',
        (f + n) % 6 === 0 ? '' : `P-${f} ${n}00`,
        (f + n) % 6 === 0 ? '' : 'FR',
        (f + n) % 6 === 0 ? '' : '2020-01-01',
        (f + n) % 6 === 0 ? '' : `${2027 + (n % 3)}-06-30`,
        statusCountry,
        statusCountry ? (n === 0 ? 'H-1B' : 'H-4') : '',
        statusCountry ? '2024-01-01' : '',
        statusCountry ? ((f + n) % 4 === 0 ? '2025-12-31' : `${2027 + (f % 2)}-0${1 + (n % 9)}-15`) : '',
        statusCountry && n % 2 === 0 ? `I94 ${f}-${n}` : '',
        n === 0 ? '' : '2026-02-10',
      ]);
    }
  }
  return rows;
}

async function importInto(
  createFamilies: typeof createFamiliesPerRecord | undefined,
  lines: string[][],
  mode: 'all-or-nothing' | 'valid-only',
) {
  const database = openTestDatabase();
  opened.push(database);
  const ctx: ApiContext = testContext(database, steppingClock());
  ctx.session.userId = await setUpFirm(ctx);
  const batch = await ok<ImportBatch>(
    dispatch(ctx, 'imports.begin', { fileName: 'same.csv', header: HEADER }),
  );
  for (let start = 0; start < lines.length; start += 100) {
    const rows = lines.slice(start, start + 100).map((cells, i) => ({ rowNumber: start + i + 2, cells }));
    await ok(dispatch(ctx, 'imports.addRows', { batchId: batch.batchId, rows }));
  }
  const input = { batchId: batch.batchId, mode, onDuplicate: 'skip-family' as const, enrolInWindowId: null };
  const result = write(ctx, (tx, writer) => commitImport(tx, writer, input, undefined, createFamilies));
  return { sqlite: database.sqlite, result };
}

function tables(sqlite: Database.Database): string[] {
  return (
    (
      sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' AND name NOT LIKE 'people_search%' ORDER BY name",
        )
        .pluck()
        .all() as string[]
    )
      // audit_keys: each path draws its own random family keys; compared through what they open.
      .filter((name) => name !== 'audit_log' && name !== 'audit_keys')
  );
}

function snapshot(sqlite: Database.Database) {
  const all = (sql: string) => sqlite.prepare(sql).all();
  const contents: Record<string, unknown[]> = {};
  for (const table of tables(sqlite)) contents[table] = all(`SELECT * FROM "${table}" ORDER BY rowid`);
  contents.people_search = all('SELECT rowid, * FROM people_search ORDER BY rowid');
  // One pass per table writes audit rows in another order: compare them as a sorted list, without ids.
  // A family's values are sealed (random IVs, per-family keys): compare them as the audit
  // queries open them, sorted, without ids or chain links.
  contents.audit_log = listAudit(drizzle(sqlite, { schema }), {}, Number.MAX_SAFE_INTEGER)
    .map((e) => [
      e.at,
      e.userId,
      e.entity,
      e.entityId,
      e.clientId,
      e.action,
      JSON.stringify(e.changes),
      e.note,
    ])
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return contents;
}

// The per-record path is the slow one being compared against: minutes on a loaded machine.
describe('bulk import writes what the per-record path writes', { timeout: 120_000 }, () => {
  it('a generated file using every column, with CA, US and other statuses past and future', async () => {
    const lines = generatedRows(120);
    const perRecord = await importInto(createFamiliesPerRecord, lines, 'all-or-nothing');
    const bulk = await importInto(undefined, lines, 'all-or-nothing');
    expect(bulk.result).toEqual(perRecord.result);
    const expected = snapshot(perRecord.sqlite);
    const actual = snapshot(bulk.sqlite);
    // Guard against comparing empty tables: the file must really have produced each kind of row.
    expect(expected.clients?.length).toBeGreaterThan(100);
    expect(expected.dependants?.length).toBeGreaterThan(200);
    expect(expected.passports?.length).toBeGreaterThan(300);
    expect(expected.immigration_statuses?.length).toBeGreaterThan(200);
    expect(expected.deadlines?.length).toBeGreaterThan(100);
    expect(expected.audit_log?.length).toBeGreaterThan(1000);
    for (const table of Object.keys(expected))
      expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
  });

  it('the example file with bad rows, importing only the valid families', async () => {
    const csv = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/import-50-families-5-bad.csv'), 'utf8');
    const [, ...lines] = Papa.parse<string[]>(csv.trim()).data;
    const header = Papa.parse<string[]>(csv.trim()).data[0] ?? [];
    // The fixture's own header: re-map its columns onto ours by name.
    const reordered = lines.map((cells) => HEADER.map((name) => cells[header.indexOf(name)] ?? ''));
    const perRecord = await importInto(createFamiliesPerRecord, reordered, 'valid-only');
    const bulk = await importInto(undefined, reordered, 'valid-only');
    expect(perRecord.result.familiesSkipped.length).toBeGreaterThan(0);
    expect(bulk.result).toEqual(perRecord.result);
    expect(snapshot(bulk.sqlite)).toEqual(snapshot(perRecord.sqlite));
  });
});
