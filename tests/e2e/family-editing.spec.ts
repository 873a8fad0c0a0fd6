import { completeSetup, expect, expectAccessible, test } from './fixtures';

test('everything intake enters can be edited from the family page', async ({ page, preview }) => {
  await completeSetup(page, preview);
  const id = await page.evaluate(async () => {
    const result = (await window.caseport?.invoke('families.intake', {
      principal: {
        givenNames: 'Farah',
        familyName: 'Haddad',
        addressLine1: '400 Main St',
        city: 'Seattle',
        addressCountry: 'US',
        passports: [{ number: 'RL1234567', issuingCountry: 'LB' }],
      },
      dependants: [{ relationship: 'spouse', givenNames: 'Karim', familyName: 'Haddad' }],
    })) as { ok: true; value: { clientId: number } };
    return result.value.clientId;
  });
  await page.goto(`${preview.url}#/clients/${id}`);
  const people = page.getByRole('region', { name: 'Family members' });

  // A dependant's passport and status, and the principal's address copied in.
  await people.getByRole('link', { name: 'Edit Haddad, Karim' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Haddad, Karim' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Passport number').fill('RL7654321');
  await page.getByLabel('Issuing country').fill('Lebanon');
  await page.getByLabel('Expires on').fill('2025-01-01');
  await page.getByLabel('Issued on').fill('2026-01-01');
  await page.getByLabel('Status', { exact: true }).fill('H-4');
  await page.getByLabel('Status country').fill('United States');
  await page.getByLabel('Valid to').fill('2027-06-30');
  await page.getByRole('button', { name: "Copy the principal's address" }).click();
  await expect(page.getByLabel('Street address')).toHaveValue('400 Main St');
  await page.getByRole('button', { name: 'Save dependant' }).click();
  // The contract's rule, shown beside the right row's field.
  await expect(page.getByLabel('Expires on')).toHaveAccessibleDescription(/after the issue date/i);
  await page.getByLabel('Expires on').fill('2031-01-01');
  await page.getByRole('button', { name: 'Save dependant' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Dependant saved.' })).toBeVisible();
  const karim = people.getByRole('article', { name: 'Haddad, Karim' });
  await expect(karim).toContainText('RL7654321 (Lebanon), expires');
  await expect(karim).toContainText('H-4 in United States, valid to');
  await expect(karim).toContainText('400 Main St, Seattle');

  // A child added to the family on file.
  await page.getByRole('link', { name: 'Add a dependant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New dependant of Haddad, Farah' })).toBeVisible();
  await page.getByLabel('Given name(s)').fill('Lina');
  await page.getByLabel('Family name').fill('Haddad');
  await page.getByLabel('Date of birth').fill('2016-01-20');
  await page.getByRole('button', { name: 'Save dependant' }).click();
  await expect(people.getByRole('article', { name: 'Haddad, Lina' })).toContainText('Child');

  // An application opened for her brings its checklist; notes are kept.
  await page.getByRole('tab', { name: /^Applications/ }).click();
  const lina = page.getByRole('region', { name: 'Applications for Haddad, Lina' });
  await lina
    .getByLabel('Open an application for Haddad, Lina')
    .selectOption({ label: 'Study permit (Canada)' });
  await lina.getByRole('button', { name: 'Open application' }).click();
  await lina
    .locator('summary')
    .filter({ hasText: /^Checklist:/ })
    .click();
  await expect(lina.getByRole('table', { name: 'Checklist: Study permit (Canada)' })).toBeVisible();
  await lina
    .locator('summary')
    .filter({ hasText: /^Notes/ })
    .click();
  await lina.getByLabel('Notes on Study permit (Canada)').fill('School letter expected in May.');
  await lina.getByRole('button', { name: 'Save notes' }).click();
  await expect(lina.getByRole('button', { name: 'Save notes' })).toBeDisabled();
  await expectAccessible(page);

  await page.reload();
  await page.getByRole('tab', { name: /^Applications/ }).click();
  await lina
    .locator('summary')
    .filter({ hasText: /^Notes/ })
    .click();
  await expect(lina.getByLabel('Notes on Study permit (Canada)')).toHaveValue(
    'School letter expected in May.',
  );
});
