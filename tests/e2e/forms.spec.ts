import type { Locator, Page } from '@playwright/test';
import { completeSetup, expect, expectAccessible, test } from './fixtures';

// Nothing here may depend on the real date: the dates typed are fixed, and so is "today".
test.use({ clock: '2026-03-16T14:00:00Z' });

/** The impossible date of the issue, typed as a US user would, and its ISO twin. */
const IMPOSSIBLE = '02/30/2023';
const IMPOSSIBLE_ISO = '2023-02-30';
const REAL_DATE_MESSAGE = /Enter a real date as year-month-day/;

async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, payload]) => {
      const result = (await window.caseport?.invoke(name as 'session.get', payload as never)) as
        | { ok: true; value: unknown }
        | { ok: false; error: { message: string } };
      if (!result?.ok) throw new Error(`${name}: ${result?.error.message}`);
      return result.value;
    },
    [channel, input] as const,
  ) as Promise<T>;
}

async function seedFamily(page: Page): Promise<number> {
  const client = await invoke<{ id: number }>(page, 'clients.create', {
    givenNames: 'Farah',
    familyName: 'Haddad',
    dateOfBirth: '1988-04-12',
    passports: [{ number: 'RL1234567', issuingCountry: 'LB', expiresOn: '2031-06-30' }],
  });
  await invoke(page, 'dependants.create', {
    clientId: client.id,
    relationship: 'spouse',
    givenNames: 'Karim',
    familyName: 'Haddad',
  });
  return client.id;
}

/** Types the date, leaves the field, and checks the field itself says what is wrong. */
async function expectRefused(field: Locator, submit: () => Promise<void>, typed = IMPOSSIBLE) {
  await field.fill(typed);
  await submit();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(REAL_DATE_MESSAGE);
  // What was typed stays, to be corrected rather than retyped.
  await expect(field).toHaveValue(typed);
}

test('intake: an impossible passport expiry is an error beside the field and no family is saved', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.goto(`${preview.url}#/clients/new`);
  const principal = page.getByRole('group', { name: 'Principal applicant' });
  await principal.getByLabel('Given name(s)').fill('Élodie');
  await principal.getByLabel('Family name').fill('Marchand');
  await principal.getByLabel('Passport number').fill('19FR12345');
  const expires = principal.getByLabel('Expires on');
  await expectRefused(expires, () => page.getByRole('button', { name: 'Save family' }).click());
  await expect(page.getByRole('heading', { level: 1, name: 'New client and family' })).toBeVisible();
  // The same date typed year-month-day is refused the same way, by the same (contract) rule.
  await expectRefused(
    expires,
    () => page.getByRole('button', { name: 'Save family' }).click(),
    IMPOSSIBLE_ISO,
  );
  await expectAccessible(page);
  expect((await invoke<{ total: number }>(page, 'clients.list', {})).total).toBe(0);

  // A real date is read back in the user's language before saving.
  await expires.fill('2031-01-31');
  await expect(expires).toHaveAccessibleDescription(/Reads as Fri, Jan 31, 2031/);
});

test('person editors: impossible dates of birth and status dates are refused and nothing changes on file', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const id = await seedFamily(page);

  await page.goto(`${preview.url}#/clients/${id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: /Haddad, Farah/ })).toBeVisible();
  await expectRefused(page.getByLabel('Date of birth'), () =>
    page.getByRole('button', { name: 'Save client' }).click(),
  );
  const client = await invoke<{ dateOfBirth: string; version: number }>(page, 'clients.get', { id });
  expect(client.dateOfBirth).toBe('1988-04-12');

  // A status added to the spouse with an impossible end date: the dependant stays as it was.
  const family = await invoke<{ dependants: { id: number; version: number }[] }>(page, 'clients.family', {
    id,
  });
  const spouse = family.dependants[0];
  if (!spouse) throw new Error('seeded spouse missing');
  // Leaving the dirty client form asks first; the draft is not the point of this test.
  await page.goto(`${preview.url}#/clients/${id}/dependants/${spouse.id}/edit`);
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await leave.getByRole('button', { name: 'Discard changes and leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Haddad, Karim/ })).toBeVisible();
  await page.getByLabel('Status', { exact: true }).first().fill('H-4');
  await expectRefused(page.getByLabel('Valid to').first(), () =>
    page.getByRole('button', { name: 'Save dependant' }).click(),
  );
  await expectAccessible(page);
  const after = await invoke<{ dependants: { id: number; version: number }[] }>(page, 'clients.family', {
    id,
  });
  expect(after.dependants[0]?.version).toBe(spouse.version);
});

test('event dialog and manual deadlines: an impossible date is refused beside the field, no deadline is made', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const id = await seedFamily(page);
  await page.goto(`${preview.url}#/clients/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Haddad, Farah' })).toBeVisible();
  const deadlinesTab = page.getByRole('tab', { name: /^Deadlines/ });
  if (await deadlinesTab.count()) await deadlinesTab.click();

  const record = page.getByRole('button', { name: 'Record an event…' });
  await record.click();
  const event = page.getByRole('dialog', { name: 'Record an event' });
  await expectRefused(event.getByLabel('Last day of employment'), () =>
    event.getByRole('button', { name: 'Record event' }).click(),
  );
  await event.getByRole('button', { name: 'Cancel' }).click();
  await expect(event).toBeHidden();
  // Focus returns to what opened the dialog.
  await expect(record).toBeFocused();

  const add = page.getByRole('button', { name: 'Add a deadline' });
  await add.click();
  const manual = page.getByRole('dialog', { name: 'Add a deadline' });
  await manual.getByLabel('Kind').selectOption({ index: 1 });
  await manual.getByLabel('What is due').fill('Court date');
  await expectRefused(manual.getByLabel('Due on'), () =>
    manual.getByRole('button', { name: 'Add deadline' }).click(),
  );
  await expectAccessible(page);
  expect((await invoke<{ total: number }>(page, 'deadlines.list', { clientId: id })).total).toBe(0);

  // Corrected, it is saved and announced, and focus goes back to "Add a deadline".
  await manual.getByLabel('Due on').fill('2026-05-04');
  await manual.getByRole('button', { name: 'Add deadline' }).click();
  await expect(manual).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Deadline added.' })).toBeVisible();
  await expect(add).toBeFocused();
  expect((await invoke<{ total: number }>(page, 'deadlines.list', { clientId: id })).total).toBe(1);
});

test('launch windows and settings: an impossible opening or export date is refused beside the field', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.getByRole('link', { name: 'Launch windows' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch windows' })).toBeVisible();
  await expectRefused(page.getByLabel(/^Opens on \(in /), () =>
    page.getByRole('button', { name: 'Create a window from this template' }).click(),
  );
  expect(await invoke<unknown[]>(page, 'launchWindows.list', {})).toHaveLength(0);

  await page.getByRole('link', { name: 'Settings' }).click();
  const records = page.getByRole('region', { name: 'Records and audit' });
  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await expectRefused(records.getByLabel('From (optional)'), () =>
    records.getByRole('button', { name: 'Export audit trail (CSV)' }).click(),
  );
  await expectAccessible(page);
  expect(downloaded).toBe(false);

  // A real range exports the trail as a CSV download.
  await records.getByLabel('From (optional)').fill('2026-01-01');
  const download = page.waitForEvent('download');
  await records.getByRole('button', { name: 'Export audit trail (CSV)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});
