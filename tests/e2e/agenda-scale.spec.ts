import path from 'node:path';
import Database from 'better-sqlite3';
import { insertBulkDeadlines } from '../../scripts/data/bulk-deadlines';
import { completeSetup, expect, expectAccessible, test } from './fixtures';

// (axe runs on these screens with a small firm in agenda-screens below: over thousands of rows
// it would take most of the time limit and check nothing more.)

const shots = process.env.SHOTS_DIR;

// 20,000 families with two open deadlines each (40,000), on a fixed day.
test.use({ seedClientCount: 20_000, clock: '2026-03-16T14:00:00Z', viewport: { width: 1440, height: 900 } });

test('at 20,000 families the agenda tells the true total and reaches the last deadline; the month shows counts per day', async ({
  page,
  preview,
}) => {
  // The preview is running on the seeded file: a second connection adds the deadlines (WAL).
  const sqlite = new Database(path.join(preview.dataDir, 'caseport.sqlite'));
  let last: { due_on: string; family_name: string; given_names: string };
  let total: number;
  let busiest: { due_on: string; n: number };
  try {
    total = insertBulkDeadlines(sqlite, 2);
    last = sqlite
      .prepare(
        `SELECT d.due_on, c.family_name, c.given_names FROM deadlines d JOIN clients c ON c.id = d.client_id
         ORDER BY d.due_on DESC, d.id DESC LIMIT 1`,
      )
      .get() as typeof last;
    busiest = sqlite
      .prepare(
        `SELECT due_on, count(*) AS n FROM deadlines WHERE due_on BETWEEN '2026-03-01' AND '2026-03-31'
         GROUP BY due_on ORDER BY n DESC, due_on LIMIT 1`,
      )
      .get() as typeof busiest;
  } finally {
    sqlite.close();
  }
  expect(total).toBe(40_000);

  await completeSetup(page, preview);
  await page.getByRole('link', { name: 'Deadlines', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deadlines 1–100 of 40,000' })).toBeVisible();
  const agenda = page.getByRole('table', { name: 'Deadlines, earliest first' });
  await expect(agenda.getByRole('row')).toHaveCount(101);
  if (shots) await page.screenshot({ path: `${shots}/agenda-1440.png` });

  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(page.getByText('Page 400 of 400')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Deadlines 39,901–40,000 of 40,000' }),
  ).toBeVisible();
  const lastRow = agenda.getByRole('row').last();
  await expect(lastRow).toContainText(`${last.family_name}, ${last.given_names}`);
  const lastDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${last.due_on}T00:00:00Z`),
  );
  await expect(lastRow).toContainText(lastDate);

  // The month: a count per day, no inline entries; a day opens its own paged list.
  await page.getByRole('button', { name: 'Month' }).click();
  const grid = page.getByRole('table', { name: 'Deadlines in March 2026' });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('link')).toHaveCount(0);
  const dayLabel = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(
    Date.parse(`${busiest.due_on}T00:00:00Z`),
  );
  await grid.getByRole('button', { name: `${busiest.n} deadlines on ${dayLabel}` }).click();
  const day = page.getByRole('region', { name: `Deadlines on ${dayLabel}` });
  await expect(day.getByRole('status')).toContainText(`of ${busiest.n}`);
  if (shots) await page.screenshot({ path: `${shots}/month-1440.png` });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // The grid plus one page of the day: nothing like the 853 inline entries of before.
  expect(height).toBeLessThan(9000);

  // The dashboard: true counts per section, a short page, the horizon the user picks.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  const next30 = page.getByRole('region', { name: /Next 30 days/ });
  await expect(next30).toContainText('Showing the first 10 of');
  await page.getByLabel('Look ahead').selectOption({ label: '90 days' });
  await expect(page.getByRole('region', { name: /Day 31 to day 90/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Beyond 90 days/ })).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/dashboard-1440.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  if (shots) await page.screenshot({ path: `${shots}/dashboard-1024.png` });
  await page.getByRole('link', { name: 'Deadlines', exact: true }).click();
  if (shots) await page.screenshot({ path: `${shots}/agenda-1024.png` });
});

test.describe('agenda, month and dashboard screens', () => {
  test.use({ seedClientCount: 0 });

  test('have no serious accessibility problems, and a grace period six weeks out shows on the dashboard', async ({
    page,
    preview,
  }) => {
    await completeSetup(page, preview);
    await page.evaluate(async () => {
      const invoke = window.caseport?.invoke as (c: string, p: unknown) => Promise<{ value: { id: number } }>;
      const client = await invoke('clients.create', { givenNames: 'Bo', familyName: 'Chen' });
      const id = client.value.id;
      for (const [kind, dueOn] of [
        ['other', '2026-03-10'],
        ['biometrics', '2026-03-16'],
        ['rfe-response', '2026-03-20'],
        ['interview', '2026-04-02'],
        ['extension-filing', '2026-04-20'],
        ['grace-period', '2026-04-27'],
        ['passport-expiry', '2026-05-01'],
      ]) {
        await invoke('deadlines.create', { clientId: id, kind, dueOn });
      }
    });
    await page.getByRole('link', { name: 'Dashboard' }).click();
    // 30 days ahead by default; the extension (day 35), the grace period (day 42) and the
    // passport (day 46) still show: missing any of them costs a client their status.
    const beyond = page.getByRole('region', { name: /Beyond 30 days/ });
    await expect(beyond).toContainText('Extension filing');
    await expect(beyond).toContainText('Grace period ends');
    await expect(beyond).toContainText('Passport expiry');
    await expect(page.getByRole('region', { name: /Overdue/ })).toContainText('1 deadline');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Deadlines', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deadlines 1–7 of 7' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Month' }).click();
    await page.getByRole('button', { name: '1 deadline on Monday, March 16, 2026' }).click();
    await expect(page.getByRole('region', { name: 'Deadlines on Monday, March 16, 2026' })).toContainText(
      'Biometrics',
    );
    await expectAccessible(page);
    if (shots) {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.screenshot({ path: `${shots}/month-1024.png`, fullPage: true });
    }
  });
});
