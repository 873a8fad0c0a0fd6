import { completeSetup, expect, expectAccessible, test } from './fixtures';

test('Ctrl+K finds "Élodie" by typing "elodie", and a spouse by passport, opening the family', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const ids = await page.evaluate(async () => {
    const invoke = window.caseport?.invoke as (c: string, p: unknown) => Promise<{ value: { id: number } }>;
    const elodie = await invoke('clients.create', {
      givenNames: 'Élodie',
      familyName: 'Núñez',
      dateOfBirth: '1990-02-03',
    });
    await invoke('clients.create', { givenNames: 'Eloise', familyName: 'Martin' });
    const amara = await invoke('clients.create', { givenNames: 'Amara', familyName: 'Okafor' });
    await invoke('dependants.create', {
      clientId: amara.value.id,
      relationship: 'spouse',
      givenNames: 'Chidi',
      familyName: 'Okafor',
      passports: [{ number: 'A0 123-4567', issuingCountry: 'NG' }],
    });
    return { elodie: elodie.value.id, amara: amara.value.id };
  });

  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search clients and family members' });
  await expect(box).toBeFocused();
  await box.fill('elodie');
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option').first()).toContainText('Núñez, Élodie');
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  // A hit opens the person: their card on the family page.
  await expect(page).toHaveURL(new RegExp(`#/clients/${ids.elodie}/people/principal$`));
  await expect(page.getByRole('article', { name: 'Núñez, Élodie' })).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search clients and family' }).fill('a01234567');
  await expect(page.getByRole('option').first()).toContainText('Spouse of Okafor, Amara');
  await expect(page.getByRole('option').first()).toContainText('matched: passport');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/clients/${ids.amara}/people/\\d+$`));
  await expect(page.getByRole('article', { name: 'Okafor, Chidi' })).toBeFocused();
});

test('search says so when nobody matches, and Escape closes it', async ({ page, preview }) => {
  await completeSetup(page, preview);
  await page.getByRole('button', { name: 'Search (Ctrl+K)' }).click();
  await page.getByRole('combobox', { name: 'Search clients and family' }).fill('zzzz');
  await expect(page.getByText('Nobody on file matches')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
