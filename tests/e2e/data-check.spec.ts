import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { CLEAN_CLOSE_NOTE } from '../../db/clean-close';
import { DATABASE_FILE_NAME } from '../../db/open';
import { expectAccessible } from './fixtures';
import { startPreview, stopOwnPreviews } from './own-preview';

/**
 * Another program edits the change history while Caseport has the file open, and Caseport is
 * then closed normally. The next start trusts the clean close, but still checks the file and
 * walks the history in the background: every screen warns, Settings says which entry, and the
 * start after that refuses the file with the recovery screen.
 */
test.afterEach(stopOwnPreviews);

async function setUpPractice(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(async () => {
    const invoke = (channel: string, input: unknown) =>
      window.caseport?.invoke(channel as never, input as never) as Promise<{ ok: boolean }>;
    const setup = await invoke('setup.complete', {
      firmName: 'Maple & Liberty Immigration',
      timeZone: 'America/Toronto',
      user: { displayName: 'Lena Lawyer', initials: 'LL', role: 'lawyer' },
    });
    const client = await invoke('clients.create', { givenNames: 'Amara', familyName: 'Okafor' });
    if (!setup.ok || !client.ok) throw new Error('setup failed');
  });
}

/** A database tool rewrites who made the first entry, with the append-only guard put back. */
function alterFirstEntry(file: string): void {
  const raw = new Database(file);
  const guard = raw
    .prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'")
    .pluck()
    .get() as string;
  raw.exec('DROP TRIGGER audit_log_no_update');
  raw.prepare('UPDATE audit_log SET user_id = 999 WHERE id = (SELECT min(id) FROM audit_log)').run();
  raw.exec(guard);
  raw.close();
}

test('a history altered while Caseport ran: a warning on every screen, then the recovery screen', async ({
  page,
}, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  await page.goto(await startPreview(dataDir));
  await expect(page.getByRole('heading', { name: 'Set up Caseport' })).toBeVisible();
  await setUpPractice(page);
  alterFirstEntry(file);
  await stopOwnPreviews();
  expect(fs.existsSync(path.join(dataDir, CLEAN_CLOSE_NOTE))).toBe(true);

  await page.goto(await startPreview(dataDir));
  const warning = page
    .getByRole('alert')
    .filter({ hasText: 'The change history was altered outside Caseport' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Entry 1');
  await warning.getByRole('link', { name: 'Go to Settings to restore a backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(
    page.getByText(/the change history was altered outside Caseport, starting at entry 1/),
  ).toBeVisible();
  // Checking again on demand finds the same entry.
  await page.getByRole('button', { name: 'Check the data file now' }).click();
  await expect(page.getByText(/starting at entry 1/)).toBeVisible();
  await expectAccessible(page);

  await stopOwnPreviews();
  expect(fs.existsSync(path.join(dataDir, CLEAN_CLOSE_NOTE))).toBe(false);
  await page.goto(await startPreview(dataDir));
  await expect(page.getByRole('heading', { level: 1, name: 'The change history was altered' })).toBeVisible();
});

test('a sound file: Settings says when it was checked and how many history entries link', async ({
  page,
}, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  await page.goto(await startPreview(dataDir));
  await setUpPractice(page);
  await stopOwnPreviews();

  await page.goto(await startPreview(dataDir));
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(
    page.getByText(/Checked .*: the data file is sound and all \d+ history entries link one to the next/),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'altered' })).toHaveCount(0);
});
