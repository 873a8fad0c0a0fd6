import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { ChannelInput, ChannelName, ImportBatch, LaunchWindow } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { channelFullScans } from '../support/query-capture';
import { ok, openTestDatabase, repoRoot, setUpFirm, testContext } from '../support/test-database';
import { eligibleFamily, enrol } from './launch-support';

/**
 * Launch mode reads the queue and records submissions while the clock runs: none of their
 * statements may read a big table end to end (launch tables included: a firm keeps every
 * past window).
 */
const BIG_TABLES = [
  'clients',
  'dependants',
  'passports',
  'immigration_statuses',
  'applications',
  'checklist_items',
  'audit_log',
  'launch_window_enrolments',
  'launch_window_submissions',
  'import_rows',
] as const;

let database: OpenedDatabase;
let ctx: ApiContext;
let window: LaunchWindow;
let clientId: number;
let batchId: number;
beforeAll(async () => {
  database = openTestDatabase();
  ctx = testContext(database);
  await setUpFirm(ctx);
  window = await ok<LaunchWindow>(
    dispatch(ctx, 'launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      opensOn: '2026-02-15',
    }),
  );
  clientId = (await eligibleFamily(ctx, 'Sharma', 1)).client.id;
  await enrol(ctx, window, [clientId]);
  const csv = fs.readFileSync(path.join(repoRoot, 'docs/examples/families.csv'), 'utf8');
  const [header = []] = Papa.parse<string[]>(csv).data;
  batchId = (await ok<ImportBatch>(dispatch(ctx, 'imports.begin', { header }))).batchId;
});
afterAll(() => database.sqlite.close());

const scansOf = <K extends ChannelName>(channel: K, input: ChannelInput<K>) =>
  channelFullScans(ctx, database.sqlite, BIG_TABLES, channel, input);

describe('launch-window queries use indexes', () => {
  it('the queue', async () => {
    expect(await scansOf('launchWindows.queue', { windowId: window.id })).toEqual([]);
  });

  it('the window list', async () => {
    expect(await scansOf('launchWindows.list', {})).toEqual([]);
  });

  it('recording a submission', async () => {
    const input = {
      windowId: window.id,
      clientId,
      // Documents are not checked in this fixture: the override path is the heavier one.
      members: [
        { dependantId: null, confirmationNumber: 'W307000009', override: { reason: 'Paper copy seen' } },
      ],
    };
    expect(await scansOf('launchWindows.recordSubmission', input)).toEqual([]);
    // Looking a number up across the firm (the refusal's link) uses the confirmation index too.
    expect(
      await scansOf('launchWindows.confirmationNumberUse', { confirmationNumber: 'W307000009' }),
    ).toEqual([]);
  });

  it('staging import rows and previewing them', async () => {
    const rows = [{ rowNumber: 2, cells: ['F1', 'principal', 'Ana', 'Souza', '1990-01-01'] }];
    expect(await scansOf('imports.addRows', { batchId, rows })).toEqual([]);
    expect(await scansOf('imports.preview', { batchId })).toEqual([]);
  });
});
