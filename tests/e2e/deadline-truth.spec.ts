import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { completeSetup, expect, expectAccessible, type Preview, test } from './fixtures';

// 20 April 2026: a biometrics date in mid-May falls in the dashboard's "Next 30 days".
test.use({ clock: '2026-04-20T14:00:00Z' });

/** A 35-year-old principal (born 10 February 1991) with no status, so no other deadline. */
async function seedClient(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const result = (await window.caseport?.invoke('clients.create', {
      givenNames: 'Amara',
      familyName: 'Okafor',
      dateOfBirth: '1991-02-10',
    })) as { ok: true; value: { id: number } } | { ok: false; error: { message: string } };
    if (!result?.ok) throw new Error(`clients.create: ${result?.error.message}`);
    return result.value.id;
  });
}

/** The family page's Deadlines tab, where events are recorded and each deadline has its actions. */
async function openFamilyDeadlines(page: Page, preview: Preview, clientId: number) {
  await page.goto(`${preview.url}#/clients/${clientId}`);
  await page.getByRole('tab', { name: /Deadlines/ }).click();
  return page.getByRole('table', { name: "The family's deadlines, earliest first" });
}

/** The calendar file as the Deadlines screen exports it. */
async function exportedIcs(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  return fs.readFileSync(await (await downloading).path(), 'utf8');
}

/** The same date on the family page, in "why this date?", the dashboard, the agenda and the ICS file. */
async function expectEverywhere(
  page: Page,
  preview: Preview,
  clientId: number,
  dates: { shown: string; ics: string; raw: string; rolled: boolean },
) {
  const row = (await openFamilyDeadlines(page, preview, clientId)).getByRole('row', { name: /Biometrics/ });
  await expect(row).toContainText(dates.shown);
  await row.getByLabel('Why this date? Biometrics for Okafor, Amara').click();
  const why = row.locator('dl.explanation');
  if (dates.rolled) await expect(why).toContainText('Victoria Day');
  else await expect(why).toContainText('No roll-forward');
  await expect(why.locator('dt', { hasText: 'Date from the rule' }).locator('+ dd')).toHaveText(dates.raw);
  await expect(why.locator('dt', { hasText: /^Deadline$/ }).locator('+ dd')).toContainText(dates.shown);

  await page.getByRole('link', { name: 'Dashboard' }).click();
  const next30 = page.getByRole('region', { name: /Next 30 days/ });
  await expect(next30.getByRole('listitem').filter({ hasText: 'Amara Okafor' })).toContainText(dates.shown);

  await page.getByRole('link', { name: 'Deadlines', exact: true }).click();
  const agenda = page.getByRole('table', { name: 'Deadlines, earliest first' });
  await expect(agenda.getByRole('row', { name: /Biometrics/ })).toContainText(dates.shown);
  const ics = await exportedIcs(page);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${dates.ics}`);
  expect(ics.match(/DTSTART/g)).toHaveLength(1);
}

test('a biometrics letter of 18 April 2026 in an Ontario firm: 19 May (Victoria Day rolled) on every screen, 18 May everywhere once set to no roll-forward', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);

  // The firm's default for biometrics: Canada federal (Interpretation Act), with the reason shown.
  await page.getByRole('link', { name: 'Settings' }).click();
  const defaults = page.getByRole('form', { name: 'Weekends and holidays' });
  const biometrics = defaults.getByLabel('Biometrics due');
  await biometrics.selectOption({ label: 'No roll-forward: the date stands' });
  await defaults.getByRole('button', { name: 'Save defaults' }).click();
  await expect(page.getByText('Defaults saved. 0 open deadlines were recomputed.')).toBeVisible();
  await biometrics.selectOption({
    label: 'Canada federal: next day that is not a holiday (Interpretation Act)',
  });
  await defaults.getByRole('button', { name: 'Save defaults' }).click();
  await expect(defaults).toContainText('Interpretation Act s.26');
  await expectAccessible(page);

  const clientId = await seedClient(page);
  await openFamilyDeadlines(page, preview, clientId);
  await page.getByRole('button', { name: 'Record an event…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an event' });
  await dialog.getByLabel('What happened').selectOption({ label: 'Biometric instruction letter received' });
  await dialog.getByLabel('Date of the letter').fill('2026-04-18');
  await dialog.getByRole('checkbox', { name: 'Okafor, Amara' }).check();
  await expect(dialog.getByLabel('Weekends and holidays for the deadlines this event makes')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Record event' }).click();
  await expect(dialog.getByText('1 deadline created.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // 18 April + 30 days = Monday 18 May 2026, Victoria Day: the limit runs to Tuesday 19 May.
  await expectEverywhere(page, preview, clientId, {
    shown: 'May 19, 2026',
    ics: '20260519',
    raw: 'May 18, 2026',
    rolled: true,
  });

  // Switched to "none" on the deadline itself: the stored date follows at once, everywhere.
  const row = (await openFamilyDeadlines(page, preview, clientId)).getByRole('row', { name: /Biometrics/ });
  await row.getByRole('button', { name: 'Weekends and holidays…' }).click();
  await row
    .getByLabel('When the date falls on a weekend or holiday')
    .selectOption({ label: 'No roll-forward: the date stands' });
  await row.getByRole('button', { name: 'Recompute the date' }).click();
  await expect(row).toContainText('May 18, 2026');
  await expectAccessible(page);
  await expectEverywhere(page, preview, clientId, {
    shown: 'May 18, 2026',
    ics: '20260518',
    raw: 'May 18, 2026',
    rolled: false,
  });
});
