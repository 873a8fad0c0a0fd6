import { completeSetup, expect, expectAccessible, test } from './fixtures';
import { createWindow } from './launch-support';

test.use({ clock: '2026-04-20T14:00:00Z' });

test('a window that is over is archived with a reason, and leaves the current list', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const id = await createWindow(page, '2026-05-04', 'OWP spring 2026');
  await page.goto(`${preview.url}#/launch-windows/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'OWP spring 2026' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit window' }).click();
  await page.getByText('Archive this window').click();
  // No reason: refused beside the field, nothing archived.
  await page.getByRole('button', { name: 'Archive window' }).click();
  const reason = page.getByLabel('Why is it archived?');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Give a reason' })).toBeVisible();
  await expectAccessible(page);
  await reason.fill('Program closed: cap reached.');
  await page.getByRole('button', { name: 'Archive window' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch windows' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'OWP spring 2026' })).toHaveCount(0);
});

test('a program no template knows: a blank window, checked beside its fields', async ({ page, preview }) => {
  await completeSetup(page, preview);
  await page.getByRole('link', { name: 'Launch windows' }).click();
  await page.getByText('Or start a window no template knows').click();
  await page.getByRole('button', { name: 'Create window' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Each member files')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await page.getByLabel('Name', { exact: true }).fill('Tech talent pathway 2026');
  await page.getByLabel('Each member files').selectOption({ label: 'Study permit (Canada)' });
  await page.getByLabel('Opens on', { exact: true }).fill('2026-02-30');
  await page.getByRole('button', { name: 'Create window' }).click();
  // An impossible date is refused by the contract beside the field; nothing is created.
  await expect(page.getByLabel('Opens on', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Opens on', { exact: true }).fill('2026-06-01');
  await page.getByRole('button', { name: 'Create window' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tech talent pathway 2026' })).toBeVisible();
});
