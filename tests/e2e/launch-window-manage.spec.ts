import { completeSetup, expect, expectAccessible, test } from './fixtures';
import { createWindow } from './launch-support';

test.use({ clock: '2026-04-20T14:00:00Z' });

test('a window that is over is archived with a reason, and leaves the current list', async ({ page, preview }) => {
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
