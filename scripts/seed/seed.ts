/**
 * Fills a data folder with a deterministic, realistic firm, fast enough to measure at scale
 * routinely (100,000 families in a minute or two rather than the 27 minutes of the per-record
 * generator):
 *
 *   npm run seed -- --clients 100000 [--data-dir /tmp/caseport-100k] [--seed 1] [--enrol 2000]
 *
 * The folder is CASEPORT_DATA_DIR or --data-dir; it must not hold a firm already (refused, so
 * nobody seeds into real data). The firm is set up and a launch window enrols `--enrol` families
 * through the app's own use cases; the families themselves are written in bulk
 * (scripts/seed/write-firm.ts). The clock is fixed at the generator's SEED_TODAY.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { registerAuditFunctions } from '../../db/audit/seal';
import { migrationsFolder } from '../../db/migrate';
import { DATABASE_FILE_NAME } from '../../db/open';
import * as schema from '../../db/schema';
import { openCaseportDatabase } from '../../db/startup';
import type { LaunchWindow } from '../../main/contract';
import type { ApiContext } from '../../main/data-service/context';
import { dispatch } from '../../main/data-service/dispatch';
import { dayFromToday, familyGenerator, SEED_TODAY } from '../data/firm-generator';
import { familyWriter, loadTypes } from './write-firm';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '10000' },
    'data-dir': { type: 'string' },
    seed: { type: 'string', default: '1' },
    enrol: { type: 'string', default: '2000' },
  },
});
const clients = Number(args.clients);
const dataDir = args['data-dir'] ?? process.env.CASEPORT_DATA_DIR;
if (!dataDir || !Number.isInteger(clients) || clients < 1) {
  console.error('Usage: npm run seed -- --clients N [--data-dir DIR] (or CASEPORT_DATA_DIR=DIR)');
  process.exit(2);
}
if (fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))) {
  console.error(`${dataDir} already holds a Caseport database; seed into an empty folder.`);
  process.exit(2);
}

const clock = () => new Date(`${SEED_TODAY}T15:00:00.000Z`);
const database = openCaseportDatabase({ dataDir, migrationsFolder: migrationsFolder(repoRoot), now: clock });
const ctx: ApiContext = {
  db: database.db,
  now: clock,
  appVersion: 'seed',
  dataDir,
  schemaVersion: database.schemaVersion,
  session: { userId: null },
};
async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const started = performance.now();
const session = await call<{ user: { id: number } }>('setup.complete', {
  firmName: 'Maple & Liberty Immigration (seeded)',
  timeZone: 'America/Toronto',
  user: { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' },
});
ctx.session.userId = session.user.id;
const userIds = [session.user.id];
for (const [displayName, initials, role] of [
  ['Pat Paralegal', 'PP', 'paralegal'],
  ['Cam Consultant', 'CC', 'consultant'],
  ['Ari Assistant', 'AA', 'assistant'],
] as const)
  userIds.push((await call<{ id: number }>('users.create', { displayName, initials, email: '', role })).id);

// A seed is rebuilt, not recovered: its own connection with no rollback journal, no fsync and a
// large page cache (the app's connection stays in WAL mode and cannot leave it while open).
database.sqlite.close();
const sqlite = new Database(path.join(dataDir, DATABASE_FILE_NAME));
// The audit trail's trigger seals and chains each entry through functions the app registers on
// every connection that writes (db/audit/seal.ts); without them no audit row can be written.
registerAuditFunctions(sqlite);
for (const pragma of [
  'journal_mode = OFF',
  'synchronous = OFF',
  'cache_size = -400000',
  'temp_store = MEMORY',
  `foreign_keys = ${process.env.SEED_FK ?? 'ON'}`,
])
  sqlite.pragma(pragma);
const db = drizzle(sqlite, { schema });

// Secondary indexes are built once at the end (sorted) instead of updated row by row: ~2x faster.
const BULK_TABLES = [
  'clients',
  'dependants',
  'passports',
  'immigration_statuses',
  'applications',
  'checklist_items',
  'application_status_history',
  'deadlines',
  'audit_log',
];
const indexes = sqlite
  .prepare(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN (${BULK_TABLES.map(() => '?').join(', ')})
       -- Each family's next deadline is read back through this one while writing.
       AND name <> 'deadlines_client_idx'`,
  )
  .all(...BULK_TABLES) as { name: string; sql: string }[];
for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);

const types = loadTypes(sqlite);
const write = familyWriter(db, sqlite, types, userIds);
const next = familyGenerator(Number(args.seed), types.length);
const cpuStart = process.cpuUsage();
const CHUNK = 2000;
const chunks = Math.ceil(clients / CHUNK);
for (let chunk = 0; chunk < chunks; chunk += 1) {
  const families = Array.from({ length: Math.min(CHUNK, clients - chunk * CHUNK) }, next);
  // Older chunks were created earlier: the files span the firm's last few years.
  const at = `${dayFromToday(-Math.round(((chunks - chunk) / chunks) * 1400))}T14:00:00.000Z`;
  sqlite.transaction(() => write(families, at))();
  const done = Math.min(clients, (chunk + 1) * CHUNK);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(
    `\r${done} / ${clients} families, ${Math.round(done / seconds)} families/s (${Math.round(done / cpuSeconds)} per CPU-second)   `,
  );
}
for (const index of indexes) sqlite.exec(index.sql);
const writtenMs = performance.now() - started;

sqlite.pragma('journal_mode = WAL');
sqlite.close();

// The launch window and its enrolments go through the product's own use case, on the app's connection.
const reopened = openCaseportDatabase({ dataDir, migrationsFolder: migrationsFolder(repoRoot), now: clock });
ctx.db = reopened.db;
const window = await call<LaunchWindow>('launchWindows.createFromTemplate', {
  template: 'ca-owp-us-h1b-2023',
  opensOn: dayFromToday(30),
  opensAtTime: '09:00',
});
const enrol = Math.min(Number(args.enrol), clients);
const enrolled = reopened.sqlite
  .prepare('SELECT id FROM clients WHERE archived_at IS NULL ORDER BY id LIMIT ?')
  .pluck()
  .all(enrol) as number[];
for (let start = 0; start < enrolled.length; start += 500)
  await call('launchWindows.enrol', { windowId: window.id, clientIds: enrolled.slice(start, start + 500) });

// The statistics the app itself keeps (db/open.ts refreshPlannerStatistics), so benches see its plans.
reopened.sqlite.pragma('analysis_limit = 1000');
reopened.sqlite.exec('ANALYZE');
const counts = Object.fromEntries(
  ['clients', 'dependants', 'applications', 'checklist_items', 'deadlines', 'audit_log', 'people_search'].map(
    (table) => [table, reopened.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number],
  ),
);
reopened.sqlite.close();
const totalMs = performance.now() - started;
console.log(
  `\nSeeded ${clients} families into ${dataDir} in ${(totalMs / 1000).toFixed(1)} s ` +
    `(families written at ${Math.round(clients / (writtenMs / 1000))} families/s; ${enrolled.length} enrolled in window ${window.id})`,
);
console.log(
  Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(', '),
);
