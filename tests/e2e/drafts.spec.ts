import { completeSetup, expect, expectAccessible, test } from './fixtures';

test.use({ clock: '2026-03-16T14:00:00Z' });

test('a half-typed family: the sidebar, Back and Cancel ask first; the draft survives a restart and is offered back', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.getByRole('link', { name: 'New client' }).first().click();
  const principal = page.getByRole('group', { name: 'Principal applicant' });
  await principal.getByLabel('Given name(s)').fill('Søren');
  await principal.getByLabel('Family name').fill('Kierkegaard');
  await principal.getByLabel('Passport number').fill('DK1234567');
  await principal.getByLabel('Issuing country').fill('Denmark');

  // A sidebar link asks; "Stay" keeps everything and puts focus back where it was.
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  const clientsLink = page.getByRole('link', { name: 'Clients', exact: true });
  await clientsLink.focus();
  await clientsLink.press('Enter');
  await expect(leave).toBeVisible();
  await expect(leave.getByRole('button', { name: 'Stay on this page' })).toBeFocused();
  await expectAccessible(page);
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(leave).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'New client and family' })).toBeVisible();
  await expect(principal.getByLabel('Given name(s)')).toHaveValue('Søren');

  // Back asks too, and staying keeps the form (and its address) on screen.
  await page.goBack();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page).toHaveURL(/#\/clients\/new$/);
  await expect(principal.getByLabel('Family name')).toHaveValue('Kierkegaard');

  // Cancel asks; leaving keeps the draft.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Leave and keep the draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients', exact: true })).toBeVisible();

  // Restart the app: the draft is offered when the form opens again, with when it was kept.
  const url = await preview.restart();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Clients', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'New client' }).first().click();
  const restore = page.getByRole('button', { name: /^Restore draft from / });
  await expect(restore).toBeVisible();
  await expect(principal.getByLabel('Given name(s)')).toHaveValue('');
  await expectAccessible(page);
  await restore.click();
  await expect(principal.getByLabel('Given name(s)')).toHaveValue('Søren');
  await expect(principal.getByLabel('Family name')).toHaveValue('Kierkegaard');
  await expect(principal.getByLabel('Passport number')).toHaveValue('DK1234567');
  await expect(principal.getByLabel('Issuing country')).toHaveValue('Denmark');

  // Saved: the draft is gone, and leaving no longer asks.
  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kierkegaard, Søren' })).toBeVisible();
  // Alt+N opens intake from any screen.
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { level: 1, name: 'New client and family' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Restore draft/ })).toHaveCount(0);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('caseport.draft.'))),
  ).toEqual([]);
});

test('unsaved reminder settings ask before leaving and come back after a restart; Discard drops them', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.getByRole('link', { name: 'Settings' }).click();
  const reminders = page.getByRole('form', { name: 'Reminders' });
  await reminders.getByLabel('RFE response').fill('21, 10, 2');
  await page.getByRole('link', { name: 'Deadlines' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Leave and keep the draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();

  const url = await preview.restart();
  await page.goto(`${url.replace(/#.*$/, '')}#/settings`);
  await expect(reminders.getByRole('button', { name: /^Restore draft from/ })).toBeVisible();
  await reminders.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(reminders.getByRole('button', { name: /^Restore draft from/ })).toHaveCount(0);
  await expect(reminders.getByLabel('RFE response')).toHaveValue('');
  await page.reload();
  await expect(reminders.getByLabel('RFE response')).toBeVisible();
  await expect(reminders.getByRole('button', { name: /^Restore draft from/ })).toHaveCount(0);
});

test('an unsaved edit of a client: closing the window asks; the draft is kept per record', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const id = await page.evaluate(async () => {
    const result = (await window.caseport?.invoke('clients.create', {
      givenNames: 'Amara',
      familyName: 'Okafor',
    })) as {
      ok: true;
      value: { id: number };
    };
    return result.value.id;
  });
  await page.goto(`${preview.url}#/clients/${id}/edit`);
  await page.getByLabel('Phone', { exact: true }).fill('+1 416 555 0100');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(page.getByRole('button', { name: /^Restore draft from/ })).toBeVisible();
  await page.getByRole('button', { name: /^Restore draft from/ }).click();
  await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('+1 416 555 0100');
  const key = await page.evaluate(() =>
    Object.keys(localStorage).find((k) => k.startsWith('caseport.draft.')),
  );
  expect(key).toBe(`caseport.draft.client.${id}`);
});
