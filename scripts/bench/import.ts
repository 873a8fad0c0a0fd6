/**
 * Times a 10,000-row CSV import (about 2,500 families) through the real dispatch() on a fresh
 * temporary database, the way the renderer drives it: parse the file, imports.begin, rows in
 * batches of 1,000 (imports.addRows), imports.preview, imports.commit, then enrol the families
 * in a launch window and read its queue.
 *
 *   npx tsx scripts/bench/import.ts [--rows 10000] [--batch 1000]
 *
 * Each IPC call blocks the main process for its duration; the renderer stays responsive
 * between calls, so "ms per batch" is the longest the UI waits for one progress step.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { migrationsFolder } from '../../db/migrate';
import { openCaseportDatabase } from '../../db/startup';
import type { ChannelInput, ChannelName, ImportBatch, ImportResult, LaunchWindow } from '../../main/contract';
import type { ApiContext } from '../../main/data-service/context';
import { dispatch } from '../../main/data-service/dispatch';
import { generateImportCsv as generateCsv } from '../data/import-csv';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const totalRows = argument('rows', 10_000);
const batchSize = argument('batch', 1000);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-import-bench-'));
const database = openCaseportDatabase({ dataDir, migrationsFolder: migrationsFolder(repoRoot) });
const ctx: ApiContext = {
  db: database.db,
  now: () => new Date(),
  appVersion: 'bench',
  dataDir,
  schemaVersion: database.schemaVersion,
  session: { userId: null },
};
let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

async function call<K extends ChannelName, T>(
  channel: K,
  input: ChannelInput<K>,
): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const result = await dispatch(ctx, channel, input);
  const ms = performance.now() - start;
  sampleRss();
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error).slice(0, 500)}`);
  return { value: result.value as T, ms };
}

const setup = await call<'setup.complete', { user: { id: number } }>('setup.complete', {
  firmName: 'Bench & Co',
  timeZone: 'America/Toronto',
  user: { displayName: 'Bench', initials: 'B', role: 'paralegal' },
});
ctx.session.userId = setup.value.user.id;

const csv = generateCsv(totalRows);
const parseStart = performance.now();
const [header = [], ...lines] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
const parseMs = performance.now() - parseStart;

const begin = await call<'imports.begin', ImportBatch>('imports.begin', { fileName: 'bench.csv', header });
const batchTimes: number[] = [];
for (let start = 0; start < lines.length; start += batchSize) {
  const rows = lines.slice(start, start + batchSize).map((cells, i) => ({ rowNumber: start + i + 2, cells }));
  batchTimes.push((await call('imports.addRows', { batchId: begin.value.batchId, rows })).ms);
}
const preview = await call('imports.preview', { batchId: begin.value.batchId });
const window = await call<'launchWindows.createFromTemplate', LaunchWindow>(
  'launchWindows.createFromTemplate',
  {
    template: 'ca-owp-us-h1b-2023',
    // The template's own 2023 opening is past; a new window needs its own.
    opensOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  },
);
const commit = await call<'imports.commit', ImportResult>('imports.commit', {
  batchId: begin.value.batchId,
  mode: 'all-or-nothing',
});
const enrol = await call('launchWindows.enrol', {
  windowId: window.value.id,
  clientIds: commit.value.clientIds,
});
const queue = await call('launchWindows.queue', { windowId: window.value.id });

const stagingMs = batchTimes.reduce((a, b) => a + b, 0);
const sorted = [...batchTimes].sort((a, b) => a - b);
const f = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(
  `rows ${lines.length}, families ${commit.value.familiesCreated}, people ${commit.value.peopleCreated}`,
);
console.log(`parse (papaparse, whole file)      ${f(parseMs)}`);
console.log(`imports.begin                      ${f(begin.ms)}`);
console.log(
  `imports.addRows x${batchTimes.length} (${batchSize}/batch)   median ${f(sorted[Math.floor(sorted.length / 2)] ?? 0)}, worst ${f(sorted.at(-1) ?? 0)}, total ${f(stagingMs)}`,
);
console.log(`imports.preview                    ${f(preview.ms)}`);
console.log(`imports.commit (one transaction)   ${f(commit.ms)}`);
console.log(
  `rows/s staging ${(lines.length / (stagingMs / 1000)).toFixed(0)}, commit ${(lines.length / (commit.ms / 1000)).toFixed(0)}, end to end ${(lines.length / ((begin.ms + stagingMs + preview.ms + commit.ms) / 1000)).toFixed(0)}`,
);
console.log(`launchWindows.enrol (all families) ${f(enrol.ms)}`);
console.log(`launchWindows.queue (all families) ${f(queue.ms)}`);
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
database.sqlite.close();
fs.rmSync(dataDir, { recursive: true, force: true });
