import fs from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { completeSetup, expect, expectAccessible, test } from './fixtures';

const families = [
  { given: 'Amara', family: 'Okafor', spouse: 'Chidi', child: 'Ada', child2: 'Obi' },
  { given: 'Élodie', family: 'Marchand', spouse: 'Luc', child: 'Inès', child2: 'Hugo' },
  { given: 'Ravi', family: 'Iyer', spouse: 'Meera', child: 'Arjun', child2: 'Diya' },
];

/** Three H-1B families of four, entered the way intake would (one call each). */
async function seedFamilies(page: Page): Promise<void> {
  await page.evaluate(async (list) => {
    for (const [index, f] of list.entries()) {
      const result = (await window.caseport?.invoke('families.intake', {
        principal: {
          givenNames: f.given,
          familyName: f.family,
          dateOfBirth: '1985-01-01',
          addressLine1: `${index + 1} Main St`,
          city: 'Austin',
          addressCountry: 'US',
          passports: [{ number: `P${index}000001`, issuingCountry: 'IN', expiresOn: '2031-01-01' }],
          statuses: [{ country: 'US', statusType: 'H-1B', validFrom: '2022-01-01', validTo: '2027-01-01' }],
        },
        dependants: [
          { relationship: 'spouse', givenNames: f.spouse, familyName: f.family, dateOfBirth: '1986-02-02' },
          { relationship: 'child', givenNames: f.child, familyName: f.family, dateOfBirth: '2015-03-03' },
          { relationship: 'child', givenNames: f.child2, familyName: f.family, dateOfBirth: '2018-04-04' },
        ],
      })) as { ok: boolean; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message);
    }
  }, families);
}

test('a window from the 2023 template: enrol, readiness, launch mode by keyboard, report and CSV', async ({
  page,
  preview,
}, testInfo) => {
  test.setTimeout(120_000);
  await completeSetup(page, preview);
  await seedFamilies(page);

  await page.getByRole('link', { name: 'Launch windows' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch windows' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create a window from this template' }).click();
  const title = 'Open work permit for U.S. H-1B holders (2023)';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Opens Sun, Jul 16, 2023/)).toBeVisible();

  // Enrol the three families from the client files.
  const enrol = page.getByRole('region', { name: 'Enrol families' });
  await enrol.getByRole('checkbox', { name: 'Select every family on this page' }).check();
  await enrol.getByRole('button', { name: 'Enrol 3 families' }).click();
  const readiness = page.getByRole('region', { name: 'Readiness' });
  await expect(readiness.getByRole('row')).toHaveCount(4);
  // Nothing is collected yet: each family is blocked by its missing documents.
  await expect(readiness.getByRole('row', { name: /Okafor, Amara/ })).toContainText('Blocked');
  await expect(readiness.getByRole('row', { name: /Okafor, Amara/ })).toContainText(/is missing/);
  await expectAccessible(page);

  // Launch mode: type each member's confirmation number, Enter, and the next family is up.
  await page.getByRole('link', { name: 'Launch mode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Launch mode: ${title}` })).toBeVisible();
  await expectAccessible(page);
  let navigationKeys = 0;
  const recorded: string[] = [];
  for (let round = 0; round < families.length; round++) {
    // Work in the queue's order, whatever it is: the heading names the family that is up.
    const current = page.getByRole('region', { name: /^Family \d+: / });
    const heading = (await current.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
    const index = families.findIndex(
      (f) => heading.endsWith(`${f.family}, ${f.given}`) && !recorded.includes(f.family),
    );
    expect(index, heading).toBeGreaterThanOrEqual(0);
    const f = families[index] as (typeof families)[number];
    recorded.push(f.family);
    const firstField = current.getByLabel(`Confirmation number for ${f.family}, ${f.given}`);
    await expect(firstField).toBeFocused();
    for (const [member, person] of [f.given, f.spouse, f.child, f.child2].entries()) {
      if (member > 0) {
        await page.keyboard.press('Tab');
        navigationKeys++;
      }
      await expect(current.getByLabel(`Confirmation number for ${f.family}, ${person}`)).toBeFocused();
      await page.keyboard.type(`W30${index}${member}0001`);
    }
    await page.keyboard.press('Enter');
    navigationKeys++;
    await expect(
      page.getByRole('status').filter({ hasText: `${f.family}, ${f.given}: 4 submissions` }),
    ).toBeVisible();
    await expect(
      page
        .getByText(`${2 - round} families left to submit.`)
        .or(page.getByText(`${2 - round} family left to submit.`)),
    ).toBeVisible();
  }
  // A family of four is 3 Tabs + 1 Enter, no clicks; the rest is typing the numbers themselves.
  expect(navigationKeys).toBe(12);
  await expect(page.getByRole('heading', { name: 'Every enrolled family is submitted' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cap' })).toContainText('Our submissions3');

  // The report lists every member with their confirmation number.
  await page.getByRole('link', { name: `Back to ${title}` }).click();
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Report: ${title}` })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + 12);
  await expect(page.getByRole('row', { name: /Okafor, Chidi/ })).toContainText('W30010001');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = testInfo.outputPath('report.csv');
  await (await download).saveAs(file);
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(12);
  const numbers = parsed.data.map((row) => Object.values(row).find((v) => /^W30\d{2}0001$/.test(v)));
  const expected = families.flatMap((_, i) => [0, 1, 2, 3].map((m) => `W30${i}${m}0001`));
  expect(numbers.sort()).toEqual(expected.sort());
});
