import type { Page } from '@playwright/test';
import { completeSetup, expect, expectAccessible, firstUser, test } from './fixtures';

// Closed on the test's fixed day, so the retain-until date (closing day + 6 years) is known.
test.use({ clock: '2026-03-16T14:00:00Z' });

/** A principal with a passport, a spouse, an application with its checklist and a deadline. */
async function seedFamily(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const invoke = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = (await window.caseport?.invoke(channel as 'clients.create', input as never)) as
        | { ok: true; value: T }
        | { ok: false; error: { message: string } };
      if (!result?.ok) throw new Error(`${channel}: ${result?.error.message}`);
      return result.value;
    };
    const client = await invoke<{ id: number }>('clients.create', {
      givenNames: 'Farah',
      familyName: 'Haddad',
      passports: [{ number: 'RL1234567', issuingCountry: 'LB', expiresOn: '2031-06-30' }],
    });
    await invoke('dependants.create', {
      clientId: client.id,
      relationship: 'spouse',
      givenNames: 'Karim',
      familyName: 'Haddad',
    });
    const types = await invoke<{ id: number; code: string }[]>('applicationTypes.list', {});
    const owp = types.find((type) => type.code === 'ca-owp-us-h1b-2023');
    if (!owp) throw new Error('built-in type ca-owp-us-h1b-2023 missing');
    await invoke('applications.create', { clientId: client.id, dependantId: null, typeId: owp.id });
    await invoke('deadlines.create', {
      clientId: client.id,
      kind: 'other',
      title: 'Call back',
      dueOn: '2026-05-01',
    });
    return client.id;
  });
}

test('a closed file is read-only until it is reopened', async ({ page, preview }) => {
  await completeSetup(page, preview);
  const id = await seedFamily(page);
  await page.goto(`${preview.url}#/family/${id}`);
  const people = page.getByRole('region', { name: 'Family members' });
  await expect(people.getByRole('link', { name: 'Edit Haddad, Karim' })).toBeVisible();

  await page.getByRole('button', { name: 'Archive client' }).click();
  await page.getByLabel('Reason for closing').fill('Work permits approved; file complete');
  await page.getByRole('button', { name: 'Archive', exact: true }).click();

  // The banner says what, when, who, why, until when, and the way back.
  const banner = page.getByRole('region', { name: 'This file is closed' });
  await expect(banner).toContainText(
    `Closed on Mar 16, 2026 by ${firstUser.name}: Work permits approved; file complete`,
  );
  await expect(banner).toContainText('nothing in it can be changed until it is reopened');
  await expect(banner).toContainText('Kept until Mar 16, 2032');
  await expectAccessible(page);

  // No control that would change the file is offered.
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Add a dependant' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Archive client' })).toHaveCount(0);
  await expect(people.getByRole('link', { name: /^Edit / })).toHaveCount(0);
  await expect(people.getByRole('button', { name: 'Mark verified today' })).toHaveCount(0);
  await page.getByRole('tab', { name: /^Applications/ }).click();
  const farah = page.getByRole('region', { name: 'Applications for Haddad, Farah' });
  await expect(farah.locator('summary', { hasText: 'Change stage or government status' })).toHaveCount(0);
  await expect(page.getByLabel(/^Open an application for/)).toHaveCount(0);
  await farah
    .locator('summary')
    .filter({ hasText: /^Checklist:/ })
    .click();
  await expect(farah.getByRole('table', { name: /^Checklist:/ })).toBeVisible();
  await expect(farah.getByRole('combobox')).toHaveCount(0);
  await farah
    .locator('summary')
    .filter({ hasText: /^Notes/ })
    .click();
  await expect(farah.getByRole('button', { name: 'Save notes' })).toHaveCount(0);
  await page.getByRole('tab', { name: /^Deadlines/ }).click();
  await expect(page.getByRole('cell', { name: 'Call back' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record an event…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a deadline' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^Actions:/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark done' })).toHaveCount(0);

  // An edit screen reached directly says the file is closed instead of offering a form.
  await page.goto(`${preview.url}#/clients/${id}/edit`);
  await expect(page.getByRole('alert')).toContainText("This client's file is closed");
  await expect(page.getByLabel('Given name(s)')).toHaveCount(0);
  await page.getByRole('link', { name: 'Open the family page of Haddad, Farah' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Haddad, Farah' })).toBeVisible();

  // Reopened, it can be changed again.
  await page.getByRole('button', { name: 'Reopen file' }).click();
  await expect(page.getByRole('region', { name: 'This file is closed' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'People' }).click();
  await people.getByRole('link', { name: 'Edit Haddad, Karim' }).click();
  await page.getByLabel('Occupation').fill('Nurse');
  await page.getByRole('button', { name: 'Save dependant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dependant saved.' })).toBeVisible();
  // Every control hidden while closed is back (so the checks above were not vacuous).
  await page.getByRole('tab', { name: /^Applications/ }).click();
  await expect(farah.locator('summary', { hasText: 'Change stage or government status' })).toHaveCount(1);
  await expect(page.getByLabel(/^Open an application for/)).toHaveCount(2);
  await farah
    .locator('summary')
    .filter({ hasText: /^Checklist:/ })
    .click();
  await expect(farah.getByRole('combobox').first()).toBeVisible();
  await page.getByRole('tab', { name: /^Deadlines/ }).click();
  await expect(page.getByRole('button', { name: 'Record an event…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a deadline' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByRole('cell', { name: 'Done', exact: true })).toBeVisible();

  // Closed meanwhile (another window) while an editor is open: saving is refused in plain words.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Given name(s)').fill('Farrah');
  await page.evaluate(async (clientId) => {
    const client = (await window.caseport?.invoke('clients.get', { id: clientId })) as {
      value: { version: number };
    };
    await window.caseport?.invoke('clients.archive', {
      id: clientId,
      version: client.value.version,
      reason: 'Closed in another window',
    });
  }, id);
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('alert')).toContainText("This client's file is closed");
  const stored = await page.evaluate(async (clientId) => {
    const result = (await window.caseport?.invoke('clients.get', { id: clientId })) as
      | { ok: true; value: { givenNames: string } }
      | undefined;
    return result?.value.givenNames;
  }, id);
  expect(stored).toBe('Farah');
});
