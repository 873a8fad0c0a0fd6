import AxeBuilder from '@axe-core/playwright';
import { completeSetup, expect, test } from './fixtures';
import { mainScreens, openScreen, seedFirm, usePreferences } from './screens';

/**
 * Every main screen, in both languages and both themes, with axe's full rule set: zero
 * violations of any impact (contrast included, which is why the theme matters). All screens
 * are checked before the assertion so one run lists every problem, not just the first.
 */
test.use({ clock: '2026-03-16T14:00:00Z' });

const combinations = [
  { locale: 'en-CA', theme: 'light' },
  { locale: 'en-CA', theme: 'dark' },
  { locale: 'fr-CA', theme: 'light' },
  { locale: 'fr-CA', theme: 'dark' },
] as const;

for (const { locale, theme } of combinations) {
  test(`no axe violation on any main screen, ${locale}, ${theme} theme`, async ({ page, preview }) => {
    test.setTimeout(180_000);
    await completeSetup(page, preview);
    const firm = await seedFirm(page);
    await usePreferences(page, { locale, theme });
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    const violations: string[] = [];
    for (const screen of mainScreens) {
      await openScreen(page, firm, screen);
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations) {
        violations.push(
          `${screen.name}: ${v.id} (${v.impact}) ${v.help} -> ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`,
        );
      }
    }
    expect(violations).toEqual([]);
  });
}
