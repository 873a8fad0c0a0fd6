import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_SETTINGS_FILE } from '../../db/backup/settings-file';
import { completeSetup, expect, expectAccessible, test } from './fixtures';

/**
 * Settings > Backups as a lawyer meets it: a failed daily backup is shown there (not only in the
 * log), and a backup protected by a passphrase the app no longer holds asks for it on restore.
 */
test('a failed daily backup is shown, and an encrypted backup restores with its passphrase', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const invoke = (channel: string, input: unknown) =>
    page.evaluate(([c, i]) => window.caseport?.invoke(c as never, i as never), [channel, input] as const);
  await invoke('backups.updateSettings', {
    folder: null,
    daily: true,
    keepDaily: 14,
    keepMonthly: 12,
    passphrase: 'correct horse battery staple',
  });
  expect(await invoke('backups.create', {})).toMatchObject({ ok: true, value: { encrypted: true } });
  // Work done after the backup, which the restore takes back.
  expect(await invoke('clients.create', { givenNames: 'Later', familyName: 'Okafor' })).toMatchObject({
    ok: true,
  });
  // The app forgets the passphrase (a new computer), and last night's daily backup failed.
  const file = path.join(preview.dataDir, BACKUP_SETTINGS_FILE);
  const settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(
    file,
    JSON.stringify({
      ...settings,
      passphrase: null,
      lastDaily: {
        at: '2026-05-04T02:00:00.000Z',
        ok: false,
        detail: 'The backup folder /Volumes/USB cannot be reached.',
      },
    }),
  );

  await page.getByRole('link', { name: 'Settings' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });
  await expect(
    backups.getByRole('alert').filter({ hasText: /daily backup of .* did not succeed/ }),
  ).toBeVisible();
  await expectAccessible(page);

  await backups.getByRole('button', { name: 'Restore…' }).first().click();
  const passphrase = backups.getByLabel('Passphrase of this backup (only if Caseport no longer holds it)');
  await passphrase.fill('not the passphrase');
  await backups.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(passphrase).toHaveAccessibleDescription('That passphrase does not open this backup.', {
    timeout: 30_000,
  });
  await passphrase.fill('correct horse battery staple');
  await backups.getByRole('button', { name: 'Restore this backup' }).click();
  // Restored: the app reloads on the data as it was at the backup (no client yet).
  // The page reloads meanwhile: a call cut short by the reload just counts as not yet.
  const clientsNow = async () => {
    try {
      return ((await invoke('clients.list', {})) as { value?: { total: number } }).value?.total;
    } catch {
      return undefined;
    }
  };
  await expect.poll(clientsNow, { timeout: 30_000 }).toBe(0);
});
