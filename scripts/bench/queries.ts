/**
 * Times the everyday reads through the real dispatch() on a generated data folder:
 *
 *   CASEPORT_DATA_DIR=/tmp/big npx tsx scripts/data/generate-families.ts --clients 100000
 *   CASEPORT_DATA_DIR=/tmp/big npx tsx scripts/bench/queries.ts
 *
 * Prints the median and worst of several runs per query. Figures, not assertions: timing
 * tests flake, benchmarks inform.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../../db/data-dir';
import { migrationsFolder } from '../../db/migrate';
import { openCaseportDatabase } from '../../db/startup';
import type { ChannelInput, ChannelName } from '../../main/contract';
import type { ApiContext } from '../../main/data-service/context';
import { dispatch } from '../../main/data-service/dispatch';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolveDataDir(path.join(repoRoot, '.preview-data'));
const database = openCaseportDatabase({ dataDir, migrationsFolder: migrationsFolder(repoRoot) });
const ctx: ApiContext = {
  db: database.db,
  now: () => new Date(),
  appVersion: 'bench',
  dataDir,
  schemaVersion: database.schemaVersion,
  session: { userId: null },
};
const clients = database.sqlite.prepare('SELECT count(*) FROM clients').pluck().get() as number;
const someClient = database.sqlite
  .prepare('SELECT id FROM clients ORDER BY id LIMIT 1 OFFSET ?')
  .pluck()
  .get(Math.floor(clients / 2)) as number;

async function time<K extends ChannelName>(label: string, channel: K, input: ChannelInput<K>, runs = 15) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = await dispatch(ctx, channel, input);
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error(`${label}: ${JSON.stringify(result.error)}`);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(2).padStart(8)} ms   worst ${(samples.at(-1) ?? 0).toFixed(2).padStart(8)} ms`,
  );
}

console.log(`${clients} clients in ${dataDir}\n`);
await time('clients.list first page (100, by name)', 'clients.list', {});
await time('clients.list page 500 (offset 50,000)', 'clients.list', { offset: 50_000 });
await time('clients.list by next deadline', 'clients.list', { sort: 'next-deadline' });
await time('clients.list stage = submitted', 'clients.list', {
  filters: { stage: 'submitted', archived: 'exclude' },
});
await time('clients.list has overdue', 'clients.list', {
  filters: { hasOverdue: true, archived: 'exclude' },
});
await time('clients.family (one family)', 'clients.family', { id: someClient });
await time('search.query "oka" (name prefix)', 'search.query', { text: 'oka' });
await time('search.query "nunez elodie"', 'search.query', { text: 'nunez elodie' });
await time('search.query passport "P0005 0000"', 'search.query', { text: 'P0005 0000' });
await time('deadlines.list next 30 days', 'deadlines.list', { from: '2026-11-25', to: '2026-12-25' });
database.sqlite.close();
