import { completeSetup, expect, expectAccessible, test } from './fixtures';

test.use({ clock: '2026-03-16T14:00:00Z' });

test('"soren", "mueller" and "ivanov" find Søren, Müller and Иванов; an I-94 number finds its person; a hit opens the person', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const ids = await page.evaluate(async () => {
    const invoke = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = (await window.caseport?.invoke(channel as 'clients.create', input as never)) as
        | { ok: true; value: T }
        | { ok: false; error: { message: string } };
      if (!result?.ok) throw new Error(`${channel}: ${result?.error.message}`);
      return result.value;
    };
    const soren = await invoke<{ id: number }>('clients.create', {
      givenNames: 'Søren',
      familyName: 'Ågård',
    });
    const muller = await invoke<{ id: number }>('clients.create', {
      givenNames: 'Jürgen',
      familyName: 'Müller',
    });
    const spouse = await invoke<{ id: number }>('dependants.create', {
      clientId: muller.id,
      relationship: 'spouse',
      givenNames: 'Анна',
      familyName: 'Иванова',
      statuses: [{ country: 'US', statusType: 'H-4', documentNumber: '987654321B2' }],
    });
    const ivanov = await invoke<{ id: number }>('clients.create', {
      givenNames: 'Иван',
      familyName: 'Иванов',
    });
    return { soren: soren.id, muller: muller.id, spouse: spouse.id, ivanov: ivanov.id };
  });

  // (Ctrl+K itself is covered by search.spec; the button is the steadier way in under load.)
  const find = async (text: string) => {
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: 'Search (Ctrl+K)' }).click();
    const box = page.getByRole('combobox', { name: 'Search clients and family members' });
    await box.fill(text);
    return page.getByRole('option');
  };

  await expect(await find('soren')).toHaveText([/Ågård, Søren/]);
  await expect(page.getByRole('status').filter({ hasText: '1 person matches' })).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(await find('mueller')).toHaveText([/Müller, Jürgen/]);
  await page.keyboard.press('Escape');
  await expect(await find('muller')).toHaveText([/Müller, Jürgen/]);
  await page.keyboard.press('Escape');

  // "ivanov" finds Иванов, and (as a prefix) Иванова, his namesake in another family.
  const options = await find('ivanov');
  await expect(options).toHaveCount(2);
  await expect(options.first()).toContainText('Иванов, Иван');
  await expect(page.getByRole('status').filter({ hasText: '2 people match' })).toBeVisible();
  await expectAccessible(page);
  if (process.env.SHOTS_DIR) {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/search-1440.png` });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/search-1024.png` });
  }
  await page.keyboard.press('Escape');

  // As entered, in Cyrillic, too.
  await expect(await find('Иванова')).toHaveText([/Иванова, Анна/]);
  await page.keyboard.press('Escape');

  // An I-94 number typed with spaces finds the spouse and opens her card on the family page.
  const byI94 = await find('987 654 321');
  await expect(byI94).toHaveText([/Иванова, Анна.*I-94 or permit number/]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/clients/${ids.muller}/people/${ids.spouse}$`));
  await expect(page.getByRole('article', { name: 'Иванова, Анна' })).toBeFocused();
});

test('results beyond the first page come on demand, with the true total', async ({ page, preview }) => {
  await completeSetup(page, preview);
  await page.evaluate(async () => {
    for (let i = 0; i < 45; i += 1) {
      await window.caseport?.invoke('clients.create', {
        givenNames: `Ana ${i}`,
        familyName: 'Silva',
      } as never);
    }
  });
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search clients and family members' }).fill('silva');
  await expect(page.getByRole('option')).toHaveCount(20);
  await expect(
    page.getByRole('status').filter({ hasText: '45 people match · Showing 20 of 45' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.getByRole('option')).toHaveCount(40);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.getByRole('option')).toHaveCount(45);
  await expect(page.getByRole('button', { name: 'Show more results' })).toHaveCount(0);
});
