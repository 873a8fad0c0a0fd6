/**
 * The product against the floor on the reference database, in one process:
 *
 *   npm run seed -- --clients 100000 --data-dir /tmp/caseport-100k     # once
 *   npm run bench -- [--data-dir /tmp/caseport-100k] [--runs 60] [--only dashboard,search]
 *
 * Prints one table: operation, rows, p50, p95, the floor's p50/p95 and the ratio. Each read goes
 * through dispatch() (validation, use case, db layer: what the data service runs per request);
 * its floor is the same result from hand-written prepared statements (scripts/bench/floors.ts).
 * Writes (enrolment, import) run inside a savepoint that is rolled back, so the reference file is
 * never changed and every run starts from the same data. Figures, not assertions: not in npm test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { createBackup } from '../../db/backup/storage';
import { migrationsFolder } from '../../db/migrate';
import { closeDatabase, DATABASE_FILE_NAME } from '../../db/open';
import { openCaseportDatabase } from '../../db/startup';
import type { ImportBatch, ImportResult, LaunchWindow } from '../../main/contract';
import type { ApiContext } from '../../main/data-service/context';
import { dispatch } from '../../main/data-service/dispatch';
import { addDays } from '../../main/domain/deadlines/calendar-date';
import { SEED_TODAY } from '../data/firm-generator';
import { generateImportCsv as familiesCsv } from '../data/import-csv';
import { floors } from './floors';
import { interleave, type Measured, table } from './harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '60' },
    only: { type: 'string' },
  },
});
const dataDir = args['data-dir'] ?? process.env.CASEPORT_DATA_DIR ?? '/tmp/caseport-100k';
const file = path.join(dataDir, DATABASE_FILE_NAME);
if (!fs.existsSync(file)) {
  console.error(`No database in ${dataDir}: run  npm run seed -- --clients 100000 --data-dir ${dataDir}`);
  process.exit(2);
}
const runs = Number(args.runs);
const only = args.only?.split(',');
const wanted = (name: string) => !only || only.some((o) => name.startsWith(o));
const results: Measured[] = [];
const clock = () => new Date(`${SEED_TODAY}T15:00:00.000Z`);
const options = { dataDir, migrationsFolder: migrationsFolder(repoRoot), now: clock };

// Opening: the app's whole start (file checks, migrations ledger, catalogue, planner statistics)
// vs a bare connection. After a clean close (closeDatabase) the start-up checks trust the file;
// after a crash they run in full (quick_check, audit chain): measured once, it is minutes at 100k.
if (wanted('open')) {
  closeDatabase(openCaseportDatabase(options).sqlite);
  results.push(
    await interleave(
      'open the database (after a clean close)',
      Math.min(runs, 15),
      () => closeDatabase(openCaseportDatabase(options).sqlite),
      () => {
        const bare = new Database(file);
        bare.pragma('journal_mode = WAL');
        bare.prepare('SELECT id FROM clients LIMIT 1').get();
        bare.close();
      },
      { warmup: 1, targetMs: 200 },
    ),
  );
}
if (wanted('crash-open')) {
  results.push(
    await interleave(
      'open the database after a crash (full start-up checks)',
      1,
      // Closing without closeDatabase leaves no clean-close note: the next start checks everything.
      () => openCaseportDatabase(options).sqlite.close(),
      () => new Database(file).close(),
      { warmup: 0, targetMs: 200 },
    ),
  );
  closeDatabase(openCaseportDatabase(options).sqlite);
}

const database = openCaseportDatabase(options);
const { sqlite } = database;
const floor = floors(sqlite);
const firstUser = sqlite.prepare('SELECT id FROM firm_users ORDER BY id LIMIT 1').pluck().get() as number;
const ctx: ApiContext = {
  db: database.db,
  now: clock,
  appVersion: 'bench',
  dataDir,
  schemaVersion: database.schemaVersion,
  session: { userId: firstUser },
};
async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error).slice(0, 400)}`);
  return result.value as T;
}
const count = (value: unknown, key: string) => ((value as Record<string, unknown[]>)[key] ?? []).length;
const clientsTotal = sqlite.prepare('SELECT count(*) FROM clients').pluck().get() as number;
const interactive = { targetMs: 10, targetRatio: 2 };

const today = SEED_TODAY;
const in7 = addDays(today, 7);
const in30 = addDays(today, 30);
if (wanted('dashboard'))
  results.push(
    await interleave(
      'dashboard',
      runs,
      () => call('deadlines.dashboard', {}),
      () => floor.dashboard(today, in7, in30),
      {
        ...interactive,
        rows: (v) =>
          (v as { sections: { families: { deadlines: unknown[] }[] }[] }).sections
            .flatMap((s) => s.families)
            .reduce((n, f) => n + f.deadlines.length, 0),
      },
    ),
  );

if (wanted('agenda')) {
  const from = addDays(today, -3650);
  const to = addDays(today, 3650);
  const total = floor.agenda(from, to, 1, 0)[1] as number;
  results.push(
    await interleave(
      'agenda, first page (200)',
      runs,
      () => call('deadlines.list', { from, to, limit: 200, offset: 0 }),
      () => floor.agenda(from, to, 200, 0),
      { ...interactive, rows: (v) => count(v, 'items') },
    ),
  );
  const last = Math.max(0, total - 200);
  results.push(
    await interleave(
      `agenda, last page (offset ${last.toLocaleString('en-US')})`,
      runs,
      () => call('deadlines.list', { from, to, limit: 200, offset: last }),
      () => floor.agenda(from, to, 200, last),
      { ...interactive, rows: (v) => count(v, 'items') },
    ),
  );
}

if (wanted('search')) {
  for (const [label, text, match] of [
    ['search "n" (one-letter prefix, 50)', 'n', '"n"*'],
    ['search "ok" (two-letter prefix, 50)', 'ok', '"ok"*'],
    ['search "nunez elodie" (accent-folded, 50)', 'nunez elodie', '"nunez"* AND "elodie"*'],
    ['search passport "IN0000 1234" (50)', 'IN0000 1234', '{documents} : "IN00001234"*'],
  ] as const)
    results.push(
      await interleave(
        label,
        runs,
        () => call('search.query', { text, limit: 50 }),
        () => floor.search(match, 50),
        { ...interactive, rows: (v) => count(v, 'items') },
      ),
    );
}

if (wanted('family')) {
  const largest = sqlite
    .prepare(
      'SELECT client_id FROM dependants GROUP BY client_id ORDER BY count(*) DESC, client_id LIMIT 1 OFFSET 10',
    )
    .pluck()
    .get() as number;
  results.push(
    await interleave(
      'family page (a family of six)',
      runs,
      () => call('clients.family', { id: largest }),
      () => floor.family(largest),
      {
        ...interactive,
        rows: (v) => 1 + count(v, 'dependants') + count(v, 'applications') + count(v, 'deadlines'),
      },
    ),
  );
}

if (wanted('clients')) {
  results.push(
    await interleave(
      'client list, by name, first page',
      runs,
      () => call('clients.list', { limit: 100 }),
      () => floor.clientsByName(100, 0),
      { ...interactive, rows: (v) => count(v, 'items') },
    ),
  );
  results.push(
    await interleave(
      'client list, stage = submitted',
      runs,
      () => call('clients.list', { limit: 100, filters: { stage: 'submitted' } }),
      () => floor.clientsByStage('submitted', 100),
      { ...interactive, rows: (v) => count(v, 'items') },
    ),
  );
  const deep = Math.floor(clientsTotal / 2);
  results.push(
    await interleave(
      `client list, deep page (offset ${deep.toLocaleString('en-US')})`,
      runs,
      () => call('clients.list', { limit: 100, offset: deep }),
      () => floor.clientsByName(100, deep),
      { ...interactive, rows: (v) => count(v, 'items') },
    ),
  );
}

const windowId = sqlite.prepare('SELECT id FROM launch_windows ORDER BY id LIMIT 1').pluck().get() as
  | number
  | undefined;
if (wanted('queue') && windowId !== undefined) {
  const enrolled = sqlite
    .prepare('SELECT count(*) FROM launch_window_enrolments WHERE window_id = ?')
    .pluck()
    .get(windowId) as number;
  results.push(
    await interleave(
      `launch readiness and queue (${enrolled.toLocaleString('en-US')} families)`,
      Math.min(runs, 30),
      () => call('launchWindows.queue', { windowId }),
      () => floor.queue(windowId),
      { targetMs: 100, targetRatio: 2, rows: (v) => count(v, 'families') },
    ),
  );
}

/** Runs `work` inside a savepoint that is always rolled back: the reference file never changes. */
async function rolledBack<T>(work: () => Promise<T> | T): Promise<T> {
  sqlite.exec('SAVEPOINT bench');
  try {
    return await work();
  } finally {
    sqlite.exec('ROLLBACK TO bench');
    sqlite.exec('RELEASE bench');
  }
}

if (wanted('enrol')) {
  const families = sqlite
    .prepare(
      `SELECT id FROM clients WHERE archived_at IS NULL AND id NOT IN
         (SELECT client_id FROM launch_window_enrolments) ORDER BY id DESC LIMIT 2500`,
    )
    .pluck()
    .all() as number[];
  let productMs = 0;
  results.push(
    await interleave(
      'enrol 2,500 families in a window',
      Math.min(runs, 5),
      () =>
        rolledBack(async () => {
          const window = await call<LaunchWindow>('launchWindows.createFromTemplate', {
            template: 'ca-owp-us-h1b-2023',
            opensOn: addDays(today, 45),
            opensAtTime: '09:00',
          });
          const start = performance.now();
          await call('launchWindows.enrol', { windowId: window.id, clientIds: families });
          productMs = performance.now() - start;
        }),
      () => rolledBack(() => enrolFloor(families)),
      { warmup: 1, targetMs: 1000, rows: () => families.length },
    ),
  );
  // The window itself is made inside the timed savepoint: report enrolment alone beside it.
  process.stderr.write(`  (last enrol call alone: ${productMs.toFixed(0)} ms)\n`);
}

if (wanted('import')) {
  let run = 0;
  // A fresh tag per run: the same people twice would be held back as duplicates.
  const tagged = () => {
    run += 1;
    return familiesCsv(10_000, `b${run}-`);
  };
  results.push(
    await interleave(
      'CSV import of 10,000 rows, end to end',
      Math.min(runs, 3),
      () => rolledBack(() => importThroughProduct(tagged())),
      () => rolledBack(() => importFloor(tagged())),
      { warmup: 1, targetMs: 2000, rows: () => 10_000 },
    ),
  );
}

if (wanted('backup')) {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'caseport-bench-backup-'));
  let copies = 0;
  const nextCopy = () => {
    copies += 1;
    return path.join(target, `floor-${copies}.sqlite`);
  };
  results.push(
    await interleave(
      `backup of the reference database (${Math.round(fs.statSync(file).size / 1e6)} MB, verified)`,
      Math.min(runs, 3),
      // The product's backup (issue 12): online copy, integrity check and counts, manifest, rotation.
      () =>
        createBackup(sqlite, {
          folder: path.join(target, 'product'),
          workDir: target,
          kind: 'manual',
          at: new Date(),
          passphrase: null,
        }),
      // The floor: SQLite's online backup alone, unverified.
      () => sqlite.backup(nextCopy()),
      { warmup: 0 },
    ),
  );
  fs.rmSync(target, { recursive: true, force: true });
}

if (wanted('ipc')) {
  const id = Math.floor(clientsTotal / 3);
  results.push(
    await interleave(
      'one request through the data service (clients.get)',
      runs * 5,
      () => call('clients.get', { id }),
      () => floor.oneClient(id),
      { ...interactive, rows: () => 1 },
    ),
  );
}

closeDatabase(sqlite);
console.log(
  `\n${clientsTotal.toLocaleString('en-US')} clients in ${file}; ${runs} runs per read, interleaved with the floor; ${os.cpus().length} CPUs\n`,
);
console.log(table(results));

/** What the renderer does: parse, begin, rows in batches of 1,000, preview, commit. */
async function importThroughProduct(csv: string) {
  const [header = [], ...lines] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const batch = await call<ImportBatch>('imports.begin', { fileName: 'bench.csv', header });
  for (let start = 0; start < lines.length; start += 1000) {
    const rows = lines.slice(start, start + 1000).map((cells, i) => ({ rowNumber: start + i + 2, cells }));
    await call('imports.addRows', { batchId: batch.batchId, rows });
  }
  await call('imports.preview', { batchId: batch.batchId });
  return call<ImportResult>('imports.commit', { batchId: batch.batchId, mode: 'all-or-nothing' });
}

/** The same people, documents, status deadlines, audit and search rows, by raw statements. */
function importFloor(csv: string) {
  const [, ...lines] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const at = clock().toISOString();
  const insertClient = sqlite.prepare(
    'INSERT INTO clients (given_names, family_name, name_key, date_of_birth, email, address_country, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertDependant = sqlite.prepare(
    'INSERT INTO dependants (client_id, relationship, given_names, family_name, name_key, date_of_birth, address_country, last_verified_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPassport = sqlite.prepare(
    'INSERT INTO passports (client_id, dependant_id, number, number_key, issuing_country, expires_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertStatus = sqlite.prepare(
    'INSERT INTO immigration_statuses (client_id, dependant_id, country, status_type, valid_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertDeadline = sqlite.prepare(
    "INSERT INTO deadlines (client_id, dependant_id, kind, due_on, origin, rule_id, rule_inputs, source_key, created_at, updated_at) VALUES (?, ?, 'extension-filing', ?, 'rule', 'us-extension-window', ?, ?, ?, ?)",
  );
  const insertAudit = sqlite.prepare(
    "INSERT INTO audit_log (at, user_id, entity, entity_id, client_id, action, changes) VALUES (?, ?, ?, ?, ?, 'create', ?)",
  );
  const insertSearch = sqlite.prepare(
    'INSERT INTO people_search (rowid, names, documents, emails) VALUES (?, ?, ?, ?)',
  );
  const nextDeadline = sqlite.prepare('UPDATE clients SET next_deadline_on = ? WHERE id = ?');
  let clientId = 0;
  for (const cells of lines) {
    const [
      ,
      relationship,
      given = '',
      family = '',
      born,
      email = '',
      country,
      passport = '',
      issuer,
      expires,
      status,
      statusCountry,
      validTo,
    ] = cells;
    const nameKey = `${family.toLowerCase()}\u0001${given.toLowerCase()}`;
    let dependantId: number | null = null;
    if (relationship === 'principal') {
      clientId = Number(
        insertClient.run(given, family, nameKey, born, email, country, at, at).lastInsertRowid,
      );
      insertAudit.run(
        at,
        firstUser,
        'client',
        clientId,
        clientId,
        JSON.stringify({ givenNames: [null, given] }),
      );
      insertSearch.run(clientId * 2, `${given} ${family}`, passport, email);
    } else {
      dependantId = Number(
        insertDependant.run(
          clientId,
          relationship,
          given,
          family,
          nameKey,
          born,
          country,
          '2026-10-01',
          at,
          at,
        ).lastInsertRowid,
      );
      insertAudit.run(
        at,
        firstUser,
        'dependant',
        dependantId,
        clientId,
        JSON.stringify({ givenNames: [null, given] }),
      );
      insertSearch.run(dependantId * 2 + 1, `${given} ${family}`, passport, '');
    }
    const passportId = insertPassport.run(
      clientId,
      dependantId,
      passport,
      passport,
      issuer,
      expires,
      at,
      at,
    ).lastInsertRowid;
    insertAudit.run(
      at,
      firstUser,
      'passport',
      passportId,
      clientId,
      JSON.stringify({ number: [null, passport] }),
    );
    const statusId = insertStatus.run(
      clientId,
      dependantId,
      statusCountry,
      status,
      validTo,
      at,
      at,
    ).lastInsertRowid;
    insertAudit.run(
      at,
      firstUser,
      'status',
      statusId,
      clientId,
      JSON.stringify({ statusType: [null, status] }),
    );
    const deadlineId = insertDeadline.run(
      clientId,
      dependantId,
      validTo,
      JSON.stringify({ authorizedStayEnd: validTo }),
      `status:${statusId}:${validTo}`,
      at,
      at,
    ).lastInsertRowid;
    insertAudit.run(
      at,
      firstUser,
      'deadline',
      deadlineId,
      clientId,
      JSON.stringify({ dueOn: [null, validTo] }),
    );
    nextDeadline.run(validTo, clientId);
  }
}

/** Enrolment's rows (enrolment, one application + checklist + filing per member, audit) by hand. */
function enrolFloor(clientIds: number[]) {
  const at = clock().toISOString();
  const type = sqlite
    .prepare("SELECT id FROM application_types WHERE jurisdiction = 'CA' ORDER BY id LIMIT 1")
    .pluck()
    .get();
  const windowId = Number(
    sqlite
      .prepare(
        `INSERT INTO launch_windows (name, jurisdiction, application_type_id, opens_at, time_zone, opens_on, opens_at_time, eligibility, created_at, updated_at)
         VALUES ('Floor', 'CA', ?, ?, 'America/Toronto', '2026-12-01', '09:00', '{}', ?, ?)`,
      )
      .run(type, at, at, at).lastInsertRowid,
  );
  const members = sqlite.prepare(
    `SELECT id AS clientId, NULL AS dependantId, 'principal' AS relationship FROM clients WHERE id = @id
     UNION ALL SELECT client_id, id, relationship FROM dependants WHERE client_id = @id AND archived_at IS NULL`,
  );
  const insertEnrolment = sqlite.prepare(
    "INSERT INTO launch_window_enrolments (window_id, client_id, state, enrolled_at, enrolled_by, updated_at) VALUES (?, ?, 'enrolled', ?, ?, ?)",
  );
  const insertApplication = sqlite.prepare(
    "INSERT INTO applications (client_id, dependant_id, type_id, jurisdiction, stage, created_at, updated_at) VALUES (?, ?, ?, 'CA', 'collecting-documents', ?, ?)",
  );
  const insertItem = sqlite.prepare(
    'INSERT INTO checklist_items (application_id, label_key, sort_order, created_at, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertSubmission = sqlite.prepare(
    'INSERT INTO launch_window_submissions (enrolment_id, window_id, client_id, dependant_id, member_no, application_id, audience) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertAudit = sqlite.prepare(
    "INSERT INTO audit_log (at, user_id, entity, entity_id, client_id, action, changes) VALUES (?, ?, ?, ?, ?, 'create', '{}')",
  );
  for (const clientId of clientIds) {
    const enrolmentId = insertEnrolment.run(windowId, clientId, at, firstUser, at).lastInsertRowid;
    insertAudit.run(at, firstUser, 'enrolment', enrolmentId, clientId);
    (members.all({ id: clientId }) as { dependantId: number | null; relationship: string }[]).forEach(
      (m, index) => {
        const applicationId = insertApplication.run(clientId, m.dependantId, type, at, at).lastInsertRowid;
        for (let item = 1; item <= 5; item += 1)
          insertItem.run(applicationId, 'passport', item, at, at, firstUser);
        const audience =
          m.relationship === 'principal' ? 'principal' : m.relationship === 'spouse' ? 'spouse' : 'child';
        insertSubmission.run(
          enrolmentId,
          windowId,
          clientId,
          m.dependantId,
          index + 1,
          applicationId,
          audience,
        );
        insertAudit.run(at, firstUser, 'application', applicationId, clientId);
      },
    );
  }
}
