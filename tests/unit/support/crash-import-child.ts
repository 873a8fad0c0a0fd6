/**
 * Child process for tests/unit/db/crash-import.test.ts: stages a large CSV import in the given
 * data folder, prints "committing" and commits it in one transaction, printing "progress done
 * total" from inside that transaction (stdout to a pipe is synchronous on Linux and macOS, so the
 * line leaves before the next family is written). The test kills it with SIGKILL at chosen
 * moments of the commit.
 */
import type { ImportBatch } from '../../../main/contract';
import { dispatch } from '../../../main/data-service/dispatch';
import { ok, openTestDatabase, setUpFirm, testContext } from './test-database';

const [dataDir, familiesText] = process.argv.slice(2);
const families = Number(familiesText);
const HEADER = [
  'Family',
  'Relationship',
  'Given names',
  'Surname',
  'Date of birth',
  'Passport number',
  'Passport country',
];

const database = openTestDatabase(dataDir);
const ctx = testContext(database);
ctx.reportProgress = (event) => console.log(`progress ${event.done} ${event.total}`);
ctx.session.userId = await setUpFirm(ctx);
const batch = await ok<ImportBatch>(
  dispatch(ctx, 'imports.begin', { fileName: 'crash.csv', header: HEADER }),
);
const lines: string[][] = [];
for (let f = 1; f <= families; f += 1) {
  lines.push([
    `F${f}`,
    'principal',
    `Given${f}`,
    `Family${f}`,
    '1980-01-01',
    `P${String(f).padStart(8, '0')}`,
    'CA',
  ]);
  lines.push([
    `F${f}`,
    'spouse',
    `Spouse${f}`,
    `Family${f}`,
    '1982-02-02',
    `S${String(f).padStart(8, '0')}`,
    'CA',
  ]);
}
for (let start = 0; start < lines.length; start += 500) {
  const rows = lines.slice(start, start + 500).map((cells, i) => ({ rowNumber: start + i + 2, cells }));
  await ok(dispatch(ctx, 'imports.addRows', { batchId: batch.batchId, rows }));
}
console.log('committing');
const result = await dispatch(ctx, 'imports.commit', {
  batchId: batch.batchId,
  mode: 'all-or-nothing',
  onDuplicate: 'skip-family',
  enrolInWindowId: null,
});
console.log(result.ok ? 'committed' : `failed ${JSON.stringify(result.error)}`);
database.sqlite.close();
