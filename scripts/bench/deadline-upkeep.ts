/**
 * Deadline upkeep after an app update, on a firm's data: every open deadline restated on the
 * current rules and expired permits caught up, in short steps (main/deadlines/upkeep.ts).
 *
 *   npx tsx scripts/bench/deadline-upkeep.ts --data <data folder> [--at 2027-01-15T12:00:00Z]
 *
 * It WRITES to that folder (audited restatements): point it at a copy, e.g. of a firm made by
 * `npm run seed -- --clients 100000`. Prints the total time, the number of steps and the longest
 * step, which is the longest any other call waits behind upkeep (target ≤ 300 ms).
 */
import { migrationsFolder } from '../../db/migrate';
import { connectionOf } from '../../db/open';
import { openCaseportDatabase } from '../../db/startup';
import type { ApiContext } from '../../main/data-service/context';
import { APP_STEPS, runDeadlineUpkeep } from '../../main/deadlines/upkeep';

const arg = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const dataDir = arg('--data');
if (!dataDir) throw new Error('Usage: npx tsx scripts/bench/deadline-upkeep.ts --data <data folder>');
const at = new Date(arg('--at') ?? '2027-01-15T12:00:00Z');

const database = openCaseportDatabase({ dataDir, migrationsFolder: migrationsFolder(process.cwd()) });
const ctx: ApiContext = {
  db: database.db,
  now: () => at,
  // A version never seen before: every open deadline is restated, as after an update.
  appVersion: `bench-${Date.now()}`,
  dataDir,
  schemaVersion: database.schemaVersion,
  session: { userId: null },
};
const openDeadlines = database.sqlite
  .prepare('SELECT count(*) FROM deadlines WHERE completed_at IS NULL AND dismissed_at IS NULL')
  .pluck()
  .get() as number;

let last = performance.now();
let longest = 0;
let steps = 0;
const pause = () =>
  new Promise<void>((resolve) =>
    setImmediate(() => {
      longest = Math.max(longest, performance.now() - last);
      steps += 1;
      last = performance.now();
      resolve();
    }),
  );
const started = performance.now();
const result = await runDeadlineUpkeep(ctx, { ...APP_STEPS, pause });
longest = Math.max(longest, performance.now() - last);
console.log(`open deadlines: ${openDeadlines}`);
console.log(`upkeep after an update: ${Math.round(performance.now() - started)} ms in ${steps + 1} steps`);
console.log(`longest step (what another call waits at most): ${Math.round(longest)} ms`);
console.log(`result: ${JSON.stringify(result)}`);
connectionOf(database.db).close();
