import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { completeSetup, expect, test } from './fixtures';
import { seedFirm, usePreferences } from './screens';

/**
 * Paper copies: a family's summary with its applications' checklists, and the deadlines
 * agenda, printed to PDF by Chromium with the print stylesheet. The PDF carries the file's
 * content and none of the app's chrome (menu, search, buttons), also from the dark theme.
 */
test.use({ clock: '2026-03-16T14:00:00Z' });

async function printedText(page: Page, file: string): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  fs.writeFileSync(file, pdf);
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  await page.emulateMedia({ media: 'screen' });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

test("a family's summary and checklists, and the deadlines agenda, print without the app around them", async ({
  page,
  preview,
}, testInfo) => {
  test.setTimeout(120_000);
  await completeSetup(page, preview);
  const firm = await seedFirm(page);
  // Printed from the dark theme: paper is still black on white.
  await usePreferences(page, { theme: 'dark' });

  await page.evaluate((id) => {
    window.location.hash = `#/clients/${id}`;
  }, firm.clientId);
  await expect(page.getByRole('heading', { level: 1, name: 'Marchand, Élodie' })).toBeVisible();
  await page.getByRole('tab', { name: /Applications/ }).click();
  await expect(page.getByText('Passport (bio page)').first()).toBeVisible();
  const family = await printedText(page, testInfo.outputPath('family.pdf'));
  expect(family.pages).toBeGreaterThanOrEqual(1);
  expect(family.text).toContain('Marchand, Élodie');
  expect(family.text).toContain('Work permit (Canada)');
  expect(family.text).toContain('Passport (bio page)');
  expect(family.text).not.toContain('Search (Ctrl+K)');
  expect(family.text).not.toContain('Main navigation');
  expect(family.text).not.toContain('Launch windows');

  await page.evaluate(() => {
    window.location.hash = '#/deadlines';
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  const agenda = await printedText(page, testInfo.outputPath('agenda.pdf'));
  expect(agenda.text).toContain('Deadlines');
  expect(agenda.text).toContain('Biometrics');
  expect(agenda.text).toContain('Élodie Marchand');
  expect(agenda.text).toMatch(/Mar \d+, 2026/);
  expect(agenda.text).not.toContain('Export to calendar');
  expect(agenda.text).not.toContain('Search (Ctrl+K)');

  // The page's own colours are light in print even though the screen is dark.
  await page.emulateMedia({ media: 'print' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
});

test('printed while the computer is in dark mode (theme following the OS), paper is still black on white', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.emulateMedia({ colorScheme: 'dark', media: 'screen' });
  const token = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text').trim());
  // On screen the OS's dark theme applies...
  expect(['#000', '#000000']).not.toContain(await token());
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  // ...on paper it does not.
  expect(['#000', '#000000']).toContain(await token());
});
