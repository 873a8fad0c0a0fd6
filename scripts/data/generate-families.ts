/**
 * Fills a data folder with realistic families for performance work and demos:
 *
 *   CASEPORT_DATA_DIR=/tmp/big npx tsx scripts/data/generate-families.ts --clients 100000 [--seed 1]
 *
 * Goes through the same db-layer writes as the app (audit rows, search index, next deadline),
 * in batches of one transaction each. Deterministic for a given seed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { createApplication } from '../../db/applications/queries';
import { listApplicationTypes } from '../../db/applications/types';
import { createClient } from '../../db/clients/queries';
import { resolveDataDir } from '../../db/data-dir';
import { createManualDeadline } from '../../db/deadlines/queries';
import { createDependant } from '../../db/dependants/queries';
import { migrationsFolder } from '../../db/migrate';
import { applications } from '../../db/schema';
import { openCaseportDatabase } from '../../db/startup';
import { createUser, listUsers, writeSettings } from '../../db/users/queries';
import { APPLICATION_STAGES } from '../../main/contract/applications';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** mulberry32: tiny, fast, deterministic. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Amara',
  'Élodie',
  'Bo',
  'Rosa',
  'Chidi',
  'Priya',
  'Mateo',
  'Zoë',
  'Hiroshi',
  'Fatima',
  'Søren',
  'Nguyễn Thị',
  'Ana',
  'Olusegun',
  'Ines',
  'Wei',
  'Aarav',
  'Lucía',
  'Yusuf',
  'Maëlle',
];
const FAMILY = [
  'Okafor',
  'Núñez',
  'Chen',
  'Díaz',
  'Sharma',
  'Müller',
  'Kowalski',
  'Tanaka',
  'Haddad',
  'Ålberg',
  'Nguyen',
  'Silva',
  'Adeyemi',
  'García',
  'Lefèvre',
  'Patel',
  'Kim',
  'Ivanova',
  "O'Brien",
  'Abara',
];
const COUNTRIES = ['IN', 'CN', 'NG', 'MX', 'FR', 'BR', 'PH', 'KR', 'DE', 'US'];

const clients = arg('clients', 100_000);
const next = random(arg('seed', 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const date = (fromYear: number, span: number) => {
  const y = fromYear + Math.floor(next() * span);
  const m = 1 + Math.floor(next() * 12);
  const d = 1 + Math.floor(next() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const dataDir = resolveDataDir(path.join(repoRoot, '.preview-data'));
const database = openCaseportDatabase({ dataDir, migrationsFolder: migrationsFolder(repoRoot) });
const { db } = database;
const at = new Date().toISOString();
let actorId = listUsers(db)[0]?.id;
if (actorId === undefined) {
  actorId = db.transaction((tx) => {
    const user = createUser(
      tx,
      { actorId: 0, at },
      { displayName: 'Data Generator', initials: 'DG', email: '', role: 'other' },
    );
    writeSettings(tx, { actorId: user.id, at }, { firmName: 'Generated Firm', timeZone: 'America/Toronto' });
    return user.id;
  });
}
const writer = { actorId, at };
const types = listApplicationTypes(db);

const started = performance.now();
const BATCH = 1000;
for (let done = 0; done < clients; done += BATCH) {
  db.transaction((tx) => {
    for (let i = done; i < Math.min(clients, done + BATCH); i += 1) {
      const familyName = next() < 0.03 ? '' : pick(FAMILY);
      const principal = createClient(tx, writer, {
        givenNames: pick(GIVEN),
        familyName,
        preferredName: '',
        sex: pick(['F', 'M', 'X', ''] as const),
        dateOfBirth: date(1960, 40),
        citizenships: [pick(COUNTRIES)],
        email: `client${i}@example.com`,
        phone: `+1 416 555 ${String(i % 10000).padStart(4, '0')}`,
        phoneAlt: '',
        addressLine1: `${1 + (i % 999)} Main Street`,
        addressLine2: '',
        city: 'Seattle',
        region: 'WA',
        postalCode: '98101',
        addressCountry: 'US',
        employer: pick(['Northwind Analytics', 'Contoso', 'Fabrikam', 'Tailspin Toys']),
        occupation: 'Engineer',
        notes: '',
        responsibleUserId: null,
        passports: [
          {
            number: `P${String(i).padStart(8, '0')}`,
            issuingCountry: pick(COUNTRIES),
            issuedOn: date(2016, 5),
            expiresOn: date(2027, 8),
          },
        ],
        statuses: [
          {
            country: 'US',
            statusType: 'H-1B',
            validFrom: date(2021, 3),
            validTo: date(2026, 4),
            documentNumber: '',
            notes: '',
          },
        ],
      });
      const type = pick(types);
      const application = createApplication(tx, writer, {
        clientId: principal.id,
        dependantId: null,
        typeId: type.id,
        responsibleUserId: null,
        notes: '',
      });
      const stage = pick(APPLICATION_STAGES);
      // Spread files across the workflow (directly: the generator has no history to tell).
      if (stage !== 'intake')
        tx.update(applications).set({ stage }).where(eq(applications.id, application.id)).run();
      if (next() < 0.6) {
        createDependant(tx, writer, principal.id, {
          relationship: 'spouse',
          givenNames: pick(GIVEN),
          familyName,
          preferredName: '',
          sex: '',
          dateOfBirth: date(1962, 40),
          citizenships: [],
          email: '',
          phone: '',
          phoneAlt: '',
          addressLine1: '',
          addressLine2: '',
          city: '',
          region: '',
          postalCode: '',
          addressCountry: '',
          employer: '',
          occupation: '',
          notes: '',
          lastVerifiedOn: null,
          passports: [],
          statuses: [],
        });
      }
      createManualDeadline(tx, writer, {
        clientId: principal.id,
        dependantId: null,
        applicationId: application.id,
        kind: 'status-expiry',
        title: '',
        dueOn: date(2026, 2),
        dueTime: null,
        timeZone: null,
        rollForward: 'none',
        leadTimes: null,
        notes: '',
      });
    }
  });
  const memory = process.memoryUsage();
  process.stdout.write(
    `\r${Math.min(clients, done + BATCH)} / ${clients} families, rss ${Math.round(memory.rss / 1e6)} MB heap ${Math.round(memory.heapUsed / 1e6)} MB`,
  );
}
database.sqlite.pragma('optimize');
database.sqlite.close();
console.log(
  `\nGenerated ${clients} families in ${((performance.now() - started) / 1000).toFixed(1)} s into ${dataDir}`,
);
