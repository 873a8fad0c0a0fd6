import { completeSetup, expect, expectAccessible, test } from './fixtures';

test('creates a client through the UI; it is still there after a reload', async ({ page, preview }) => {
  await completeSetup(page, preview);
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'New client' }).first().click();
  await expect(page.getByRole('heading', { name: 'New client and family' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Given name(s)').fill('Élodie');
  await page.getByLabel('Family name').fill('Núñez');
  await page.getByLabel('Date of birth').fill('1990-02-03');
  await page.getByLabel('Citizenship', { exact: true }).fill('France');
  await page.getByLabel('Email').fill('elodie@example.com');
  await page.getByLabel('Phone', { exact: true }).fill('+1 416 555 0199');
  await page.getByRole('button', { name: 'Save family' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Núñez, Élodie' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Family saved.' })).toBeVisible();
  await expect(page.getByText('France')).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Núñez, Élodie' })).toBeVisible();
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await expect(page.getByText('1 client')).toBeVisible();
  await expect(page.getByRole('row', { name: /Núñez, Élodie/ })).toContainText('elodie@example.com');
  await expectAccessible(page);
});

test('an invalid form shows messages beside the fields and loses nothing typed', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.goto(`${preview.url}#/clients/new`);
  await page.getByLabel('Family name').fill('Okafor');
  await page.getByLabel('Email').fill('amara@');
  await page.getByLabel('Phone', { exact: true }).fill('call me');
  await page.getByRole('button', { name: 'Save family' }).click();

  await expect(page.getByRole('alert')).toContainText('Some fields need attention');
  await expect(page.getByLabel('Given name(s)')).toHaveAccessibleDescription('Required.');
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/Enter an email address/);
  await expect(page.getByLabel('Phone', { exact: true })).toHaveAccessibleDescription(/Use digits/);
  await expect(page.getByLabel('Given name(s)')).toBeFocused();
  await expect(page.getByLabel('Family name')).toHaveValue('Okafor');
  await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('call me');
  await expectAccessible(page);

  // Fix the fields and save with the keyboard shortcut.
  await page.getByLabel('Given name(s)').fill('Amara');
  await page.getByLabel('Email').fill('amara@example.com');
  await page.getByLabel('Phone', { exact: true }).fill('');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { level: 1, name: 'Okafor, Amara' })).toBeVisible();
});

test('edits a client; the change survives restarting the app', async ({ page, preview }) => {
  await completeSetup(page, preview);
  await page.goto(`${preview.url}#/clients/new`);
  await page.getByLabel('Given name(s)').fill('Madonna');
  await page.getByRole('button', { name: 'Save family' }).click();
  // A single-name passport: the one name is the heading; family name is "Not recorded".
  await expect(page.getByRole('heading', { level: 1, name: 'Madonna', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Edit Madonna' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Phone', { exact: true }).fill('+44 20 7946 0958');
  await page.getByLabel('Citizenship', { exact: true }).fill('United Kingdom');
  await page.getByRole('button', { name: 'Add a citizenship' }).click();
  await page.getByLabel('Citizenship 2').fill('Canada');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Client saved.' })).toBeVisible();

  const url = await preview.restart();
  await page.goto(url);
  await page.getByRole('link', { name: 'Madonna' }).click();
  // Contact details sit behind the person card's "Contact, address and notes".
  await page.getByText('Contact, address and notes').click();
  await expect(page.getByText('+44 20 7946 0958')).toBeVisible();
  await expect(page.getByText('United Kingdom, Canada')).toBeVisible();
});

test('editing a client shows and keeps passports and notes', async ({ page, preview }) => {
  await completeSetup(page, preview);
  const id = await page.evaluate(async () => {
    const created = (await window.caseport?.invoke('clients.create', {
      givenNames: 'Farah',
      familyName: 'Haddad',
      notes: 'Prefers email.',
      passports: [{ number: 'RL1234567', issuingCountry: 'LB' }],
    })) as { value: { id: number } };
    return created.value.id;
  });

  await page.goto(`${preview.url}#/clients/${id}/edit`);
  await expect(page.getByRole('heading', { name: 'Edit Haddad, Farah' })).toBeVisible();
  await page.getByLabel('Phone', { exact: true }).fill('+961 1 555 555');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Client saved.' })).toBeVisible();

  const stored = await page.evaluate(async (clientId) => {
    const result = (await window.caseport?.invoke('clients.get', { id: clientId })) as {
      value: { phone: string; notes: string; passports: { number: string }[] };
    };
    return result.value;
  }, id);
  expect(stored.phone).toBe('+961 1 555 555');
  expect(stored.notes).toBe('Prefers email.');
  expect(stored.passports.map((p) => p.number)).toEqual(['RL1234567']);
});

test('an edit from a stale screen is refused with an explanation, not saved over', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  await page.goto(`${preview.url}#/clients/new`);
  await page.getByLabel('Given name(s)').fill('Bo');
  await page.getByLabel('Family name').fill('Chen');
  await page.getByRole('button', { name: 'Save family' }).click();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Edit Chen, Bo' })).toBeVisible();

  // Someone else saves the same client meanwhile (another window on the same data).
  await page.evaluate(async () => {
    const list = (await window.caseport?.invoke('clients.list', {})) as {
      value: { items: { id: number }[] };
    };
    const id = list.value.items[0]?.id;
    await window.caseport?.invoke('clients.update', {
      id,
      version: 1,
      givenNames: 'Bo',
      familyName: 'Chen',
      phone: '555 0100',
    });
  });

  await page.getByLabel('Phone', { exact: true }).fill('555 0199');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('alert')).toContainText('Someone saved this record after you opened it');
  await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('555 0199');
});

test('the preview refuses calls without its token', async ({ page, preview }) => {
  const origin = new URL(preview.url).origin;
  await page.goto(`${origin}/`);
  const status = await page.evaluate(async () => {
    const response = await fetch('/__preview/invoke', {
      method: 'POST',
      body: JSON.stringify({ channel: 'clients.list', payload: {} }),
    });
    return response.status;
  });
  expect(status).toBe(403);
});
