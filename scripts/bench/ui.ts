/**
 * What a person feels, in Chromium on the reference database, through the browser preview:
 *
 *   npm run bench:ui -- [--data-dir /tmp/caseport-100k] [--keystrokes 30]
 *
 * (npm run bench:ui builds the UI and the preview first.) Measures: navigation to the first client
 * rows; search keystroke-to-results (debounce + request + render, per keystroke, p50/p95); long
 * tasks (> 50 ms) while scrolling the client list and while typing in intake; the family page of
 * the largest family; launch mode's Enter-to-next-family. Figures, not assertions: not in npm test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { DATABASE_FILE_NAME } from '../../db/open';
import { SEED_TODAY } from '../data/firm-generator';
import { percentile } from './harness';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: { 'data-dir': { type: 'string' }, keystrokes: { type: 'string', default: '30' } },
});
const dataDir = args['data-dir'] ?? process.env.CASEPORT_DATA_DIR ?? '/tmp/caseport-100k';
if (!fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))) {
  console.error(`No database in ${dataDir}: run  npm run seed -- --clients 100000 --data-dir ${dataDir}`);
  process.exit(2);
}

function startPreview(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['dist/preview/server.mjs', '--port', '0', '--clock', `${SEED_TODAY}T15:00:00Z`],
    { cwd: repoRoot, env: { ...process.env, CASEPORT_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`preview printed no URL:\n${output}`)), 300_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        resolve({ url: line.trim(), child });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}:\n${output}`)));
  });
}

/** Installed before any page script: keystroke and search-response times, and long tasks. */
function instrument() {
  const bench = { keydowns: [] as number[], searches: [] as number[], longTasks: [] as number[] };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  document.addEventListener('keydown', (event) => bench.keydowns.push(event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (typeof init?.body === 'string' && init.body.includes('"search.query"')) {
      // Results are on screen once React has rendered them: the frame after the reply.
      void response
        .clone()
        .text()
        .then(() => requestAnimationFrame(() => setTimeout(() => bench.searches.push(performance.now()), 0)));
    }
    return response;
  };
}

type Bench = { keydowns: number[]; searches: number[]; longTasks: number[] };
const read = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

const sqlite = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
const largestFamily = sqlite
  .prepare('SELECT client_id FROM dependants GROUP BY client_id ORDER BY count(*) DESC, client_id LIMIT 1')
  .pluck()
  .get() as number;
const windowId = sqlite.prepare('SELECT id FROM launch_windows ORDER BY id LIMIT 1').pluck().get() as
  | number
  | undefined;
sqlite.close();

const rows: [string, string, string][] = [];
const { url, child } = await startPreview();
const executablePath = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch(executablePath ? { executablePath } : {});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(instrument);

  // 1. Navigation to the first client rows.
  let start = Date.now();
  await page.goto(`${url.replace('/?', '/?')}#/clients`);
  await page.getByRole('row').nth(1).waitFor();
  rows.push(['navigation to first client rows', `${Date.now() - start} ms`, '≤ 1000 ms']);

  // 2. Long tasks while scrolling the list.
  let before = (await read(page)).longTasks.length;
  await page.getByRole('row').nth(1).hover();
  for (let i = 0; i < 40; i += 1) await page.mouse.wheel(0, 1200);
  await page.waitForTimeout(500);
  let tasks = (await read(page)).longTasks.slice(before);
  rows.push([
    'long tasks while scrolling the list (40 wheel steps)',
    `${tasks.length} (longest ${Math.round(Math.max(0, ...tasks))} ms)`,
    'none > 50 ms',
  ]);

  // 3. Search: keystroke to results, one character at a time as a person types.
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox').first();
  await box.waitFor();
  const text = 'nunez elodie okafor chen sharma'.slice(0, Number(args.keystrokes));
  const delays: number[] = [];
  for (const character of text) {
    const seen = (await read(page)).searches.length;
    await page.keyboard.type(character);
    if (character === ' ') continue;
    await page.waitForFunction(
      (n) => (window as unknown as { __bench: Bench }).__bench.searches.length > n,
      seen,
      { timeout: 10_000 },
    );
    const bench = await read(page);
    delays.push((bench.searches.at(-1) ?? 0) - (bench.keydowns.at(-1) ?? 0));
  }
  rows.push([
    `search keystroke to results (${delays.length} keystrokes)`,
    `p50 ${Math.round(percentile(delays, 50))} ms, p95 ${Math.round(percentile(delays, 95))} ms`,
    'p95 ≤ 100 ms',
  ]);
  await page.keyboard.press('Escape');

  // 4. The family page of the largest family.
  start = Date.now();
  await page.goto(`${url}#/clients/${largestFamily}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByRole('article').nth(1).waitFor();
  rows.push([
    `family page of the largest family (#${largestFamily})`,
    `${Date.now() - start} ms`,
    '≤ 1000 ms',
  ]);

  // 5. Long tasks while typing in intake.
  await page.goto(`${url}#/clients/new`);
  const field = page.getByRole('textbox').first();
  await field.waitFor();
  before = (await read(page)).longTasks.length;
  await field.click();
  await page.keyboard.type('Maëlle Lefèvre-Okafor de la Cruz', { delay: 30 });
  await page.waitForTimeout(300);
  tasks = (await read(page)).longTasks.slice(before);
  rows.push([
    'long tasks while typing in intake (32 keys)',
    `${tasks.length} (longest ${Math.round(Math.max(0, ...tasks))} ms)`,
    'none > 50 ms',
  ]);

  // 6. Launch mode: Enter on a confirmation number to the next family.
  if (windowId === undefined)
    rows.push(['launch mode Enter-to-next-family', 'no window in this database', '']);
  else {
    start = Date.now();
    await page.goto(`${url}#/launch-windows/${windowId}/launch`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    rows.push([
      'launch mode, open with 2,000 families',
      `${Date.now() - start} ms`,
      '≤ 1000 ms (Enter-to-next-family: see report)',
    ]);
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
}

console.log(`\nUI on ${dataDir} (Chromium, browser preview)\n`);
console.log('| measure | result | target |\n|---|---|---|');
for (const [measure, result, target] of rows) console.log(`| ${measure} | ${result} | ${target} |`);
