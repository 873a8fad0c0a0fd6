/**
 * The data service keeps the host's thread free: a 10,000-row import commit runs in the worker
 * while this (host) thread — Electron's main process in the app — measures its own event-loop
 * delay and keeps asking another channel.
 *
 *   npx tsx scripts/bench/data-service.ts [--rows 10000]
 *
 * Prints the main thread's worst and p99 event-loop delay during the commit (target ≤ 50 ms),
 * the commit's time, and how long the calls answered meanwhile took.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { migrationsFolder } from '../../db/migrate';
import { ServiceConnection } from '../../main/data-service/connection';
import { generateImportCsv } from '../data/import-csv';

const rowsArg = process.argv.indexOf('--rows');
const totalRows = rowsArg >= 0 ? Number(process.argv[rowsArg + 1]) : 10_000;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-service-bench-'));

// The same worker bundle the preview runs.
const workerFile = path.join(work, 'data-service.mjs');
await build({
  entryPoints: [path.join(repoRoot, 'main/data-service/worker.ts')],
  outfile: workerFile,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  logLevel: 'warning',
  external: ['better-sqlite3'],
  nodePaths: [path.join(repoRoot, 'node_modules')],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'));

const dataDir = path.join(work, 'data');
const service = new ServiceConnection(workerFile, {
  role: 'primary',
  options: {
    workerFile,
    dataDir,
    migrationsFolder: migrationsFolder(repoRoot),
    appVersion: 'bench',
    clockOffsetMs: 0,
    logFile: path.join(dataDir, 'logs', 'caseport.log'),
    reminders: false,
  },
});
await service.ready;

async function call(channel: string, payload: unknown): Promise<Record<string, unknown>> {
  const envelope = await service.invoke(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as Record<string, unknown>;
}

await call('setup.complete', {
  firmName: 'Bench & Co',
  timeZone: 'America/Toronto',
  user: { displayName: 'Bench', initials: 'B', role: 'paralegal' },
});
const [header = [], ...lines] = Papa.parse<string[]>(generateImportCsv(totalRows), {
  skipEmptyLines: true,
}).data;
const { batchId } = await call('imports.begin', { fileName: 'bench.csv', header });
for (let start = 0; start < lines.length; start += 1000) {
  const rows = lines.slice(start, start + 1000).map((cells, i) => ({ rowNumber: start + i + 2, cells }));
  await call('imports.addRows', { batchId, rows });
}

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let committed = false;
const commitStart = performance.now();
const commit = call('imports.commit', { batchId, mode: 'all-or-nothing' }).then((value) => {
  committed = true;
  return { value, ms: performance.now() - commitStart };
});
const answered: number[] = [];
// A person clicking around: one list request every 25 ms while the import commits.
while (!committed) {
  const asked = performance.now();
  await call('clients.list', { limit: 50 });
  if (!committed) answered.push(performance.now() - asked);
  await new Promise((resolve) => setTimeout(resolve, 25));
}
const result = await commit;
delay.disable();
await service.close();
fs.rmSync(work, { recursive: true, force: true });

const ms = (ns: number) => `${(ns / 1e6).toFixed(1)} ms`;
const sorted = [...answered].sort((a, b) => a - b);
console.log(`rows ${lines.length}, families ${String(result.value.familiesCreated)}`);
console.log(`imports.commit in the background worker   ${result.ms.toFixed(0)} ms`);
console.log(
  `main thread event-loop delay during commit  worst ${ms(delay.max)}, p99 ${ms(delay.percentile(99))}, mean ${ms(delay.mean)} (target worst <= 50 ms)`,
);
console.log(
  `clients.list answered during commit        ${answered.length} calls, median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms, worst ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
);
