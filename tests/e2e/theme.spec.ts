import { completeSetup, expect, test } from './fixtures';

/**
 * The theme follows the operating system until the person pins one in Settings, and a choice
 * applies at once, without a reload.
 */
test.use({ clock: '2026-03-16T14:00:00Z', colorScheme: 'dark' });

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('dark when the OS is dark, light when pinned in Settings, back to the OS on request', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  // tokens.css: --bg is #14181c in the dark theme and #f6f6f3 in the light one.
  expect(await background(page)).toBe('rgb(20, 24, 28)');

  await page.getByRole('link', { name: 'Settings' }).click();
  const theme = page.getByLabel('Theme', { exact: true });
  await theme.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe('rgb(246, 246, 243)');

  // Kept for this person: a fresh start is still light on a dark OS.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.getByLabel('Theme', { exact: true }).selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background(page)).toBe('rgb(20, 24, 28)');
});
