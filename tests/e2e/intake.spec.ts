import type { Locator, Page } from '@playwright/test';
import { completeSetup, expect, expectAccessible, test } from './fixtures';

/** Presses Tab until `target` has focus: proves it is reachable from the keyboard, in order. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  const element = await target.elementHandle();
  for (let presses = 0; presses < 120; presses++) {
    if (await element?.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

test('a principal, spouse and two children with an application each, typed with the keyboard only', async ({
  page,
  preview,
}) => {
  // Some 300 key presses, each a round trip to the browser.
  test.setTimeout(240_000);
  await completeSetup(page, preview);
  // From the client list to the intake without the mouse.
  await tabTo(page, page.getByRole('link', { name: 'New client' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New client and family' })).toBeVisible();
  await expectAccessible(page);

  const principal = page.getByRole('group', { name: 'Principal applicant' });
  await typeInto(page, principal.getByLabel('Given name(s)'), 'Élodie');
  await typeInto(page, principal.getByLabel('Family name'), 'Marchand');
  await typeInto(page, principal.getByLabel('Date of birth'), '1988-04-02');
  await typeInto(page, principal.getByLabel('Citizenship', { exact: true }), 'France');
  await typeInto(page, principal.getByLabel('Passport number'), '19FR12345');
  await typeInto(page, principal.getByLabel('Issuing country'), 'France');
  await typeInto(page, principal.getByLabel('Expires on'), '2031-01-01');
  await typeInto(page, principal.getByLabel('Status', { exact: true }), 'H-1B');
  await typeInto(page, principal.getByLabel('Status country'), 'United States');
  await typeInto(page, principal.getByLabel('Valid to'), '2027-09-30');
  await typeInto(page, principal.getByLabel('Email'), 'elodie@example.com');
  await typeInto(page, principal.getByLabel('Street address'), '12 Elm St');
  await typeInto(page, principal.getByLabel('City'), 'Austin');
  await typeInto(page, principal.getByLabel('Employer'), 'Northwind Analytics');
  await typeInto(page, principal.getByLabel('Application', { exact: true }), 'Open work');

  // "Add spouse" puts the cursor in the spouse's first name; the application defaults to the principal's.
  await tabTo(page, page.getByRole('button', { name: 'Add spouse' }));
  await page.keyboard.press('Enter');
  const spouse = page.getByRole('group', { name: 'Dependant 1: Spouse' });
  await expect(spouse.getByLabel('Given name(s)')).toBeFocused();
  await page.keyboard.type('Luc');
  await typeInto(page, spouse.getByLabel('Family name'), 'Marchand');
  await typeInto(page, spouse.getByLabel('Passport number'), '20FR55555');
  await typeInto(page, spouse.getByLabel('Issuing country'), 'France');

  for (const [number, given, born] of [
    [2, 'Inès', '2014-02-01'],
    [3, 'Hugo', '2017-09-09'],
  ] as const) {
    await tabTo(page, page.getByRole('button', { name: 'Add child' }));
    await page.keyboard.press('Enter');
    const child = page.getByRole('group', { name: `Dependant ${number}: Child` });
    await expect(child.getByLabel('Given name(s)')).toBeFocused();
    await page.keyboard.type(given);
    await typeInto(page, child.getByLabel('Family name'), 'Marchand');
    await typeInto(page, child.getByLabel('Date of birth'), born);
    await typeInto(page, child.getByLabel('Application', { exact: true }), 'Study');
  }
  // (axe ran on this screen above and runs on it with a dependant in the next test; a third
  // pass over four people's country lists would only add a minute.)
  await page.keyboard.press('Control+s');

  await expect(page.getByRole('heading', { level: 1, name: 'Marchand, Élodie' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Family saved.' })).toBeVisible();
  const people = page.getByRole('region', { name: 'Family members' });
  for (const name of ['Marchand, Élodie', 'Marchand, Luc', 'Marchand, Inès', 'Marchand, Hugo']) {
    await expect(people.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  // The spouse lives with the principal: the address was copied.
  await expect(people.getByRole('article', { name: 'Marchand, Luc' })).toContainText('12 Elm St, Austin');
  await expect(people.getByRole('article', { name: 'Marchand, Élodie' })).toContainText('19FR12345 (France)');
  // Applications are a tab of the family page; each checklist opens on demand.
  await page.getByRole('tab', { name: /^Applications/ }).click();
  for (const summary of await page.locator('summary', { hasText: /^Checklist:/ }).all())
    await summary.click();
  for (const [name, type] of [
    ['Marchand, Élodie', 'Open work permit — U.S. H-1B holders (Canada, 2023)'],
    ['Marchand, Luc', 'Open work permit — U.S. H-1B holders (Canada, 2023)'],
    ['Marchand, Inès', 'Study permit (Canada)'],
    ['Marchand, Hugo', 'Study permit (Canada)'],
  ] as const) {
    const applications = page.getByRole('region', { name: `Applications for ${name}` });
    await expect(applications.getByRole('heading', { name: type })).toBeVisible();
    await expect(applications.getByRole('table', { name: `Checklist: ${type}` })).toBeVisible();
    expect(await applications.getByRole('table').getByRole('row').count()).toBeGreaterThan(2);
  }
  await expectAccessible(page);
});

test('a second intake with the same passport is warned, with a link to the family on file', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.goto(`${preview.url}#/clients/new`);
  const principal = page.getByRole('group', { name: 'Principal applicant' });
  await principal.getByLabel('Given name(s)').fill('Élodie');
  await principal.getByLabel('Family name').fill('Marchand');
  await principal.getByLabel('Passport number').fill('19FR12345');
  await principal.getByLabel('Issuing country').fill('France');
  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marchand, Élodie' })).toBeVisible();

  await page.goto(`${preview.url}#/clients/new`);
  await principal.getByLabel('Given name(s)').fill('Elodie');
  await principal.getByLabel('Family name').fill('Marchand-Roy');
  await principal.getByLabel('Passport number').fill('19 FR 12345');
  await principal.getByLabel('Issuing country').fill('France');
  await page.getByRole('button', { name: 'Add child' }).click();
  await page.getByRole('group', { name: 'Dependant 1: Child' }).getByLabel('Given name(s)').fill('Zoé');
  await page.getByRole('button', { name: 'Save family' }).click();

  const warning = page.getByRole('alert').filter({ hasText: 'Possible duplicates' });
  await expect(warning).toContainText('same passport number');
  await expect(warning.getByRole('link', { name: 'Marchand, Élodie' })).toBeVisible();
  await expectAccessible(page);
  // Nothing typed was lost while the warning is up.
  await expect(
    page.getByRole('group', { name: 'Dependant 1: Child' }).getByLabel('Given name(s)'),
  ).toHaveValue('Zoé');
  await warning.getByRole('button', { name: 'Create anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marchand-Roy, Elodie' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Family members' })).toContainText('Zoé');
});

test('a bad field in a dependant is shown beside it, focused, and nothing is saved or lost', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.goto(`${preview.url}#/clients/new`);
  await page.getByRole('group', { name: 'Principal applicant' }).getByLabel('Given name(s)').fill('Amara');
  await page.getByRole('button', { name: 'Add spouse' }).click();
  const spouse = page.getByRole('group', { name: 'Dependant 1: Spouse' });
  await spouse.getByLabel('Given name(s)').fill('Chidi');
  await spouse.getByLabel('Email').fill('chidi@');
  await page.getByRole('button', { name: 'Save family' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(spouse.getByLabel('Email')).toHaveAccessibleDescription(/Enter an email address/);
  await expect(spouse.getByLabel('Email')).toBeFocused();
  await expect(spouse.getByLabel('Given name(s)')).toHaveValue('Chidi');
  await expectAccessible(page);

  await spouse.getByLabel('Email').fill('chidi@example.com');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { level: 1, name: 'Amara' })).toBeVisible();
});
