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

test('someone who is not a lawyer sees the firm and people read-only, and can still edit their own details', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  // A paralegal colleague, then working as them (as the menu's switch would), seen after a reload.
  await page.evaluate(async () => {
    const created = (await window.caseport?.invoke('users.create', {
      displayName: 'Tomás Reyes',
      initials: 'TR',
      role: 'paralegal',
    })) as { value: { id: number } };
    await window.caseport?.invoke('session.setUser', { userId: created.value.id });
  });
  await page.reload();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await expect(
    page.getByText('Only a lawyer can change the firm’s name, time zone and province.'),
  ).toBeVisible();
  await expect(page.getByLabel('Firm name')).toBeDisabled();
  await expect(page.getByLabel('Time zone')).toBeDisabled();
  await expect(page.getByLabel('Keep closed files for (years)')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeHidden();

  const people = page.getByRole('region', { name: 'People at the firm' });
  await expect(people.getByText(/Only a lawyer can add people/)).toBeVisible();
  await expect(people.getByRole('button', { name: 'Add colleague' })).toHaveCount(0);
  await expect(people.getByRole('button', { name: /^Archive / })).toHaveCount(0);
  await expect(people.getByRole('button', { name: `Edit ${firstUser.name}` })).toHaveCount(0);
  await expectAccessible(page);

  await people.getByRole('button', { name: 'Edit Tomás Reyes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Tomás Reyes' });
  await expect(dialog.getByLabel('Role')).toHaveValue('Paralegal');
  await expect(dialog.getByLabel('Role')).toHaveAccessibleDescription('Only a lawyer can change a role.');
  await dialog.getByLabel('Initials').fill('TMR');
  await dialog.getByRole('button', { name: 'Save colleague' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tomás Reyes saved.' })).toBeVisible();
  const stored = await page.evaluate(async () => {
    const session = (await window.caseport?.invoke('session.get', {})) as {
      value: { user: { initials: string; role: string } };
    };
    return session.value.user;
  });
  expect(stored).toMatchObject({ initials: 'TMR', role: 'paralegal' });
});
