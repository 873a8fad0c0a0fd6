import { completeSetup, expect, expectNoViolations, test } from './fixtures';
import { seedFirm, usePreferences } from './screens';

/**
 * The dashboard's charts: each is a picture with the same numbers as a table, so the numbers a
 * person reads in the table are the ones the chart draws (15 deadlines over 8 weeks, 3 families
 * blocked in the launch window), and axe finds nothing in either theme.
 */
test.use({ clock: '2026-03-16T14:00:00Z' });

test('charts of stages, weekly load and launch readiness, each with a table', async ({
  page,
  preview,
}, testInfo) => {
  test.setTimeout(120_000);
  await completeSetup(page, preview);
  await seedFirm(page);
  await page.getByRole('link', { name: 'Dashboard' }).click();
  const charts = page.getByRole('region', { name: 'At a glance' });
  await expect(charts.getByRole('figure')).toHaveCount(3);

  const weeks = charts.getByRole('figure', { name: 'Deadlines per week, next 8 weeks' });
  await expect(weeks).toContainText('15 open deadlines in the next 8 weeks.');
  await expect(weeks.locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  await weeks.getByText('Show the numbers as a table').click();
  const weekRows = weeks.getByRole('table').getByRole('row');
  await expect(weekRows).toHaveCount(1 + 8);
  await expect(weekRows.nth(1)).toContainText('Mar 16 – Mar 22');

  const stages = charts.getByRole('figure', { name: 'Open applications by stage' });
  // Two applications per family at intake, and one per member (three each) from the launch window.
  await expect(stages).toContainText('15 open applications');
  await stages.getByText('Show the numbers as a table').click();
  // At intake: two principals and three spouses in Canada, one H-1B extension in the US.
  await expect(stages.getByRole('row', { name: /^Intake/ }).getByRole('cell')).toHaveText(['5', '1', '6']);

  const launch = charts.getByRole('figure', { name: 'Launch windows: families by readiness' });
  await launch.getByText('Show the numbers as a table').click();
  await expect(launch.getByRole('row', { name: /H-1B/ }).getByRole('cell').nth(1)).toHaveText('3');
  // Before opening nothing is submitted: the over-time card says so instead of drawing a flat line.
  await expect(charts.getByRole('region', { name: 'Launch windows: submitted over time' })).toContainText(
    'Nothing submitted yet',
  );
  await expectNoViolations(page, 'dashboard charts, light');
  await page.screenshot({ path: testInfo.outputPath('dashboard-light.png'), fullPage: true });

  await usePreferences(page, { theme: 'dark', locale: 'fr-CA' });
  await page.evaluate(() => {
    window.location.hash = '#/dashboard';
  });
  const graphiques = page.getByRole('region', { name: "En un coup d'œil" });
  await expect(graphiques.getByRole('figure')).toHaveCount(3);
  await expect(graphiques).toContainText('15 échéances ouvertes dans les 8 prochaines semaines.');
  await expectNoViolations(page, 'dashboard charts, dark, French');
  await page.screenshot({ path: testInfo.outputPath('dashboard-dark-fr.png'), fullPage: true });
});
