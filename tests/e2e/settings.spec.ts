import { completeSetup, expect, expectAccessible, firstUser, test } from './fixtures';

test('firm settings are saved and kept; a colleague can be archived, never oneself', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  // A colleague, added through the API as another window would.
  await page.evaluate(async () => {
    await window.caseport?.invoke('users.create', { displayName: 'Tomás Reyes', role: 'paralegal' });
  });
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Firm name').fill('');
  await page.getByLabel('Time zone').selectOption('America/Vancouver');
  await page.getByLabel('Keep closed files for (years)').fill('7');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByLabel('Firm name')).toHaveAccessibleDescription('Required.');
  await expect(page.getByLabel('Firm name')).toBeFocused();

  await page.getByLabel('Firm name').fill('Maple & Pacific LLP');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

  const people = page.getByRole('region', { name: 'People at the firm' });
  await expect(people.getByRole('button', { name: `Archive ${firstUser.name}` })).toHaveCount(0);
  await people.getByRole('button', { name: 'Archive Tomás Reyes' }).click();
  await expect(people.getByRole('row', { name: /Tomás Reyes/ })).toContainText('Archived');

  await page.reload();
  await expect(page.getByLabel('Firm name')).toHaveValue('Maple & Pacific LLP');
  await expect(page.getByLabel('Time zone')).toHaveValue('America/Vancouver');
  await expect(page.getByLabel('Keep closed files for (years)')).toHaveValue('7');
});

test('reminder lead times per kind and the digest are firm settings, checked by the contract', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.getByRole('link', { name: 'Settings' }).click();
  const reminders = page.getByRole('form', { name: 'Reminders' });
  await reminders.getByLabel('Notifications').selectOption({ label: 'One digest a day' });
  await reminders.getByLabel('RFE response').fill('21, 10, soon');
  await reminders.getByRole('button', { name: 'Save reminders' }).click();
  await expect(reminders.getByLabel('RFE response')).toHaveAccessibleDescription(/Reminder days must be/);

  await reminders.getByLabel('RFE response').fill('21, 10, 2');
  await reminders.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reminder settings saved.' })).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(reminders.getByLabel('Notifications')).toHaveValue('digest');
  await expect(reminders.getByLabel('RFE response')).toHaveValue('21, 10, 2');
  const stored = await page.evaluate(async () => {
    const result = (await window.caseport?.invoke('reminders.preferences', {})) as {
      value: { leadTimes: Record<string, number[]> };
    };
    return result.value.leadTimes['rfe-response'];
  });
  expect(stored).toEqual([21, 10, 2]);
});
