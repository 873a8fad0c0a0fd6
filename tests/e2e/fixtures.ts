import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { migrationsFolder } from '../../db/migrate';
import { openCaseportDatabase } from '../../db/startup';
import { insertBulkClients } from '../../scripts/data/bulk-clients';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Preview {
  /** The URL the preview printed, token included. */
  url: string;
  dataDir: string;
  /** Stops the server and starts a new one on the same data folder (a "restart" of the app). */
  restart(): Promise<string>;
}

function startServer(
  dataDir: string,
  clock?: string,
  port = 0,
): Promise<{ url: string; child: ChildProcess }> {
  const clockArgs = clock ? ['--clock', clock] : [];
  const child = spawn(process.execPath, ['dist/preview/server.mjs', '--port', String(port), ...clockArgs], {
    cwd: repoRoot,
    env: { ...process.env, CASEPORT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`preview did not print a URL:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        resolve({ url: line.trim(), child });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Fills a data folder with `count` plain clients before the preview opens it (performance tests). */
function seedClients(dataDir: string, count: number): void {
  const database = openCaseportDatabase({ dataDir, migrationsFolder: migrationsFolder(repoRoot) });
  try {
    insertBulkClients(database.sqlite, count);
  } finally {
    database.sqlite.close();
  }
}

/**
 * The instant every e2e test starts at unless it sets its own: CASEPORT_TEST_CLOCK, else a fixed
 * Monday afternoon. No spec depends on the real date; run with any instant between 2025 and 2030.
 */
export const TEST_CLOCK = process.env.CASEPORT_TEST_CLOCK ?? '2026-03-16T14:00:00Z';

/** YYYY-MM-DD `days` after the test clock's UTC day (tests leave a margin for the firm's zone). */
export function daysFromTestDay(days: number, clock = TEST_CLOCK): string {
  return new Date(Date.parse(clock) + days * 86_400_000).toISOString().slice(0, 10);
}

export const test = base.extend<{ preview: Preview; seedClientCount: number; clock: string | undefined }>({
  /** `test.use({ seedClientCount: 100_000 })` starts the preview on that many clients. */
  seedClientCount: [0, { option: true }],
  /**
   * `test.use({ clock: '2026-04-20T14:00:00Z' })`: the data service and the page both start at
   * that instant (and time runs on), so a test never depends on the real date.
   */
  clock: [TEST_CLOCK, { option: true }],
  // A fresh data folder and server per test: no test sees another's clients.
  preview: async ({ page, seedClientCount, clock }, use, testInfo) => {
    const dataDir = testInfo.outputPath('data');
    if (seedClientCount > 0) seedClients(dataDir, seedClientCount);
    if (clock) await page.clock.install({ time: new Date(clock) });
    let server = await startServer(dataDir, clock);
    const preview: Preview = {
      url: server.url,
      dataDir,
      async restart() {
        await stopServer(server.child);
        // Same port, so the same origin: the page's own storage (drafts) survives, as the
        // desktop app's app://caseport origin does across restarts.
        server = await startServer(dataDir, clock, Number(new URL(server.url).port));
        preview.url = server.url;
        return server.url;
      },
    };
    await use(preview);
    await stopServer(server.child);
  },
});

export { expect };

/** No accessibility violations of serious or critical impact on what is on screen now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
}

/**
 * No accessibility violation of ANY impact on what is on screen now (issue 17's bar: WCAG 2.2 AA
 * in both languages and themes). `where` names the screen in the failure message.
 */
export async function expectNoViolations(page: Page, where = ''): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (v) =>
      `${where} ${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

/** The first person working in a fresh data folder (completeSetup's default). */
export const firstUser = { name: 'Priya Sharma', initials: 'PS', role: 'Lawyer' };

/**
 * Every test starts on an empty database, so at the first-run screen. This completes the setup
 * through the UI, as a new firm would, and waits for the client list.
 */
export async function completeSetup(
  page: Page,
  preview: Preview,
  user: { name: string; initials: string; role: string } = firstUser,
): Promise<void> {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Set up Caseport' })).toBeVisible();
  await page.getByLabel('Firm name').fill('Maple Immigration LLP');
  await page.getByLabel('Province or territory').selectOption({ label: 'Ontario' });
  await page.getByLabel('Your name').fill(user.name);
  await page.getByLabel('Initials').fill(user.initials);
  await page.getByLabel('Role').selectOption({ label: user.role });
  await page.getByRole('button', { name: 'Start using Caseport' }).click();
  await expect(page.getByRole('heading', { name: 'Clients', exact: true })).toBeVisible();
}
