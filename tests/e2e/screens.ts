import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { Screen, SeededFirm } from './seed-firm';

export { mainScreens, type Screen, type SeededFirm, seedFirm } from './seed-firm';

/** Opens a screen by its route and waits until its page heading and data are on screen. */
export async function openScreen(page: Page, firm: SeededFirm, screen: Screen): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, screen.hash(firm));
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^(Loading…|Chargement…)$/ })).toHaveCount(0);
}

/** Language and theme through the same channel the Settings screen uses, then a fresh load. */
export async function usePreferences(
  page: Page,
  preferences: { locale?: 'en-CA' | 'en-US' | 'fr-CA'; theme?: 'light' | 'dark' },
): Promise<void> {
  await page.evaluate(async (patch) => {
    const result = (await window.caseport?.invoke('preferences.update', patch)) as { ok: boolean };
    if (!result.ok) throw new Error('preferences.update failed');
  }, preferences);
  await page.reload();
  await expect(page.locator('main h1').first()).toBeVisible();
}
