import type { Locator, Page } from '@playwright/test';
import { completeSetup, expect, expectAccessible, test } from './fixtures';

test.use({ clock: '2026-03-16T14:00:00Z' });

/** Presses Tab until `target` has focus: proves it is reachable from the keyboard, in order. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  const element = await target.elementHandle();
  for (let presses = 0; presses < 150; presses++) {
    if (await element?.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/**
 * A country by the keyboard: type part of the name, the list filters, ArrowDown highlights the
 * first match, Enter chooses it, and focus stays in the field.
 */
async function chooseCountry(page: Page, field: Locator, typed: string, expected: string): Promise<void> {
  await typeInto(page, field, typed);
  if (typed.toLowerCase() === expected.toLowerCase()) {
    // A whole name typed is already a choice: no list left to pick from.
    await expect(field).toHaveValue(expected);
    await expect(field).toBeFocused();
    await expect(page.getByRole('listbox')).toHaveCount(0);
    return;
  }
  await expect(page.getByRole('listbox')).toBeVisible();
  await expect(page.getByRole('option', { name: expected, exact: true })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(expected);
  await expect(field).toBeFocused();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

interface Member {
  group: string;
  given: string;
  born: string;
  citizenship: [typed: string, country: string];
  passport: string;
  issuedBy: [typed: string, country: string];
  expires: string;
  status: string;
  statusIn: [typed: string, country: string];
  validTo: string;
}

const family: Member[] = [
  {
    group: 'Principal applicant',
    given: 'Alejandro',
    born: '1985-07-14',
    citizenship: ['Mexico', 'Mexico'],
    passport: 'G12345678',
    issuedBy: ['mexi', 'Mexico'],
    expires: '2030-05-31',
    status: 'H-1B',
    statusIn: ['united st', 'United States'],
    validTo: '2027-09-30',
  },
  {
    group: 'Dependant 1: Spouse',
    given: 'Sofía',
    born: '1987-02-03',
    citizenship: ['spain', 'Spain'],
    passport: 'PAB123456',
    issuedBy: ['Spain', 'Spain'],
    expires: '2029-11-30',
    status: 'H-4',
    statusIn: ['united st', 'United States'],
    validTo: '2027-09-30',
  },
  {
    group: 'Dependant 2: Child',
    given: 'Mateo',
    born: '2015-09-09',
    citizenship: ['mexi', 'Mexico'],
    passport: 'G87654321',
    issuedBy: ['Mexico', 'Mexico'],
    expires: '2028-01-15',
    status: 'H-4',
    statusIn: ['united st', 'United States'],
    validTo: '2027-09-30',
  },
  {
    group: 'Dependant 3: Child',
    given: 'Lucía',
    born: '2019-12-24',
    citizenship: ['united st', 'United States'],
    passport: 'A11223344',
    issuedBy: ['united st', 'United States'],
    expires: '2029-12-23',
    status: 'Citizen',
    statusIn: ['united st', 'United States'],
    validTo: '',
  },
];

test('a family of four with passports, statuses and citizenships, entered with the keyboard only', async ({
  page,
  preview,
}) => {
  test.setTimeout(300_000);
  await completeSetup(page, preview);
  // A fresh load: the next Tab starts from the top of the page, as when the app opens.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients', exact: true })).toBeVisible();
  // From here on, any pointer event fails the test: counted in the page itself.
  await page.evaluate(() => {
    const counted = window as unknown as { pointerEvents: number };
    counted.pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'mouseup']) {
      addEventListener(type, () => counted.pointerEvents++, { capture: true });
    }
  });

  // "New client" in two Tabs from the top of any screen: skip link, then the intake shortcut.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Add a client and family (Alt+N)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New client and family' })).toBeVisible();
  const principal = page.getByRole('group', { name: 'Principal applicant' });
  // Focus lands on the form's first field.
  await expect(principal.getByLabel('Given name(s)')).toBeFocused();

  for (const [index, member] of family.entries()) {
    if (index === 1) {
      await tabTo(page, page.getByRole('button', { name: 'Add spouse' }));
      await page.keyboard.press('Enter');
    } else if (index > 1) {
      await tabTo(page, page.getByRole('button', { name: 'Add child' }));
      await page.keyboard.press('Enter');
    }
    const person = page.getByRole('group', { name: member.group });
    await expect(person.getByLabel('Given name(s)')).toBeFocused();
    await page.keyboard.type(member.given);
    await typeInto(page, person.getByLabel('Family name'), 'Ramírez');
    await typeInto(page, person.getByLabel('Date of birth'), member.born);
    await chooseCountry(page, person.getByLabel('Citizenship', { exact: true }), ...member.citizenship);
    await typeInto(page, person.getByLabel('Passport number'), member.passport);
    await chooseCountry(page, person.getByLabel('Issuing country'), ...member.issuedBy);
    await typeInto(page, person.getByLabel('Expires on'), member.expires);
    await typeInto(page, person.getByLabel('Status', { exact: true }), member.status);
    await chooseCountry(page, person.getByLabel('Status country'), ...member.statusIn);
    if (member.validTo) await typeInto(page, person.getByLabel('Valid to'), member.validTo);
    if (index === 0) await typeInto(page, person.getByLabel('Street address'), '400 Congress Ave');
  }
  await expectAccessible(page);
  await page.keyboard.press('Control+s');

  await expect(page.getByRole('heading', { level: 1, name: 'Ramírez, Alejandro' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Family saved.' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents)).toBe(0);

  // Everything typed is on file, for all four.
  const saved = await page.evaluate(async () => {
    const list = (await window.caseport?.invoke('clients.list', {})) as {
      ok: true;
      value: { items: { id: number }[] };
    };
    const id = list.value.items[0]?.id ?? 0;
    const family = (await window.caseport?.invoke('clients.family', { id })) as
      | { ok: true; value: unknown }
      | undefined;
    return family?.value;
  });
  type Person = {
    givenNames: string;
    dateOfBirth: string | null;
    citizenships: string[];
    passports: { number: string; issuingCountry: string; expiresOn: string | null }[];
    statuses: { statusType: string; country: string; validTo: string | null }[];
  };
  const { client, dependants } = saved as { client: Person; dependants: Person[] };
  const code: Record<string, string> = { Mexico: 'MX', Spain: 'ES', 'United States': 'US' };
  for (const [index, person] of [client, ...dependants].entries()) {
    const member = family[index];
    if (!member) throw new Error(`unexpected person ${person.givenNames}`);
    expect(person.givenNames).toBe(member.given);
    expect(person.dateOfBirth).toBe(member.born);
    expect(person.citizenships).toEqual([code[member.citizenship[1]]]);
    expect(person.passports).toEqual([
      expect.objectContaining({
        number: member.passport,
        issuingCountry: code[member.issuedBy[1]],
        expiresOn: member.expires,
      }),
    ]);
    expect(person.statuses).toEqual([
      expect.objectContaining({
        statusType: member.status,
        country: code[member.statusIn[1]],
        validTo: member.validTo || null,
      }),
    ]);
  }
});
