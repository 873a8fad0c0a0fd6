import { completeSetup, expect, expectAccessible, firstUser, test } from './fixtures';

test('first run: the setup screen is accessible and puts messages beside the fields', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Set up Caseport' })).toBeVisible();
  // The time zone is preselected (this computer's, or Toronto), so it never blocks setup.
  await expect(page.getByLabel('Time zone')).not.toHaveValue('');
  await expectAccessible(page);

  await page.getByLabel('Email').fill('priya@');
  await page.getByRole('button', { name: 'Start using Caseport' }).click();
  await expect(page.getByRole('alert')).toContainText('Some fields need attention');
  await expect(page.getByLabel('Firm name')).toHaveAccessibleDescription('Required.');
  await expect(page.getByLabel('Your name')).toHaveAccessibleDescription('Required.');
  await expect(page.getByLabel('Role')).toHaveAccessibleDescription('Required.');
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/Enter an email address/);
  await expect(page.getByLabel('Firm name')).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveValue('priya@');
  await expectAccessible(page);

  // Nothing was set up: a reload shows the first-run screen again.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Set up Caseport' })).toBeVisible();
});

test('completing setup lands on the client list, working as the new person', async ({ page, preview }) => {
  await completeSetup(page, preview);
  await expect(page.getByText(`Working as ${firstUser.name}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();
  await expectAccessible(page);

  // After a restart Caseport resumes as the last person working, without asking again.
  const url = await preview.restart();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Clients', exact: true })).toBeVisible();
  await expect(page.getByText(`Working as ${firstUser.name}`)).toBeVisible();
});

test('adds a colleague from Settings, who can become the one working; switching back', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Add colleague' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a colleague' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await expectAccessible(page);

  await dialog.getByRole('button', { name: 'Add colleague' }).click();
  await expect(dialog.getByLabel('Name')).toHaveAccessibleDescription('Required.');
  await expect(dialog.getByLabel('Role')).toHaveAccessibleDescription('Required.');

  await dialog.getByLabel('Name').fill('Tomás Reyes');
  await dialog.getByLabel('Initials').fill('TR');
  await dialog.getByLabel('Role').selectOption({ label: 'Paralegal' });
  await dialog.getByLabel('Work as them now').check();
  await dialog.getByRole('button', { name: 'Add colleague' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Working as Tomás Reyes')).toBeVisible();
  // A paralegal does not add people (a lawyer does): the button is gone, focus is on the section.
  await expect(page.getByRole('button', { name: 'Add colleague' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'People at the firm' })).toBeFocused();

  await page.getByLabel('Switch to').selectOption({ label: firstUser.name });
  await page.getByRole('button', { name: 'Switch', exact: true }).click();
  await expect(page.getByText(`Working as ${firstUser.name}`)).toBeVisible();
  await expect(page.getByLabel('Switch to').locator('option', { hasText: 'Tomás Reyes' })).toHaveCount(1);

  // Escape closes the dialog without adding anyone.
  await page.getByRole('button', { name: 'Add colleague' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add colleague' })).toBeFocused();
  await expectAccessible(page);
});

test('a possible duplicate is shown with a link to it; "Create anyway" then saves', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);

  const fillAnaSilva = async () => {
    await page.getByLabel('Given name(s)').fill('Ana');
    await page.getByLabel('Family name').fill('Silva');
    await page.getByLabel('Date of birth').fill('1985-05-05');
  };

  await page.getByRole('link', { name: 'New client' }).first().click();
  await fillAnaSilva();
  await page.getByLabel('Email').fill('ana@example.com');
  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Silva, Ana' })).toBeVisible();
  const firstId = new URL(page.url()).hash.match(/^#\/clients\/(\d+)$/)?.[1];
  expect(firstId).toBeTruthy();

  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('link', { name: 'New client' }).first().click();
  await fillAnaSilva();
  await page.getByLabel('Phone', { exact: true }).fill('+1 416 555 0101');
  await page.getByRole('button', { name: 'Save family' }).click();

  const warning = page.getByRole('alert');
  await expect(warning).toContainText('Possible duplicates');
  await expect(warning).toContainText('same name and date of birth');
  await expect(warning.getByRole('link', { name: 'Silva, Ana' })).toHaveAttribute(
    'href',
    `#/clients/${firstId}`,
  );
  // Nothing was saved and nothing typed was lost.
  await expect(page.getByRole('heading', { name: 'New client and family' })).toBeVisible();
  await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('+1 416 555 0101');
  await expectAccessible(page);

  await warning.getByRole('button', { name: 'Create anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Silva, Ana' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Family saved.' })).toBeVisible();
  await page.getByText('Contact, address and notes').click();
  await expect(page.getByText('+1 416 555 0101')).toBeVisible();
  expect(new URL(page.url()).hash).not.toBe(`#/clients/${firstId}`);

  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByText('2 clients')).toBeVisible();
});
