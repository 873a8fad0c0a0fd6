import type { Page } from '@playwright/test';
import { completeSetup, expect, expectAccessible, test } from './fixtures';

// The seeded statuses, I-94s and notices carry fixed 2026-2028 dates: a fixed "today" before
// them keeps every deadline upcoming, whatever the real date or CASEPORT_TEST_CLOCK.
test.use({ clock: '2026-03-16T14:00:00Z' });

const owpType = 'Open work permit — U.S. H-1B holders (Canada, 2023)';

/** A principal with a passport, a spouse and a child, each with an open work permit application. */
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
      dateOfBirth: '1988-04-12',
      citizenships: ['LB'],
      passports: [{ number: 'RL1234567', issuingCountry: 'LB', expiresOn: '2031-06-30' }],
      statuses: [{ country: 'US', statusType: 'H-1B', validTo: '2026-09-30' }],
    });
    const spouse = await invoke<{ id: number }>('dependants.create', {
      clientId: client.id,
      relationship: 'spouse',
      givenNames: 'Karim',
      familyName: 'Haddad',
    });
    const child = await invoke<{ id: number }>('dependants.create', {
      clientId: client.id,
      relationship: 'child',
      givenNames: 'Lina',
      familyName: 'Haddad',
      dateOfBirth: '2016-01-20',
    });
    const types = await invoke<{ id: number; code: string }[]>('applicationTypes.list', {});
    const owp = types.find((type) => type.code === 'ca-owp-us-h1b-2023');
    if (!owp) throw new Error('built-in type ca-owp-us-h1b-2023 missing');
    for (const dependantId of [null, spouse.id, child.id]) {
      await invoke('applications.create', { clientId: client.id, dependantId, typeId: owp.id });
    }
    return client.id;
  });
}

function applicationsOf(page: Page, name: string) {
  return page.getByRole('region', { name: `Applications for ${name}` });
}

/** The Applications tab, with every checklist (an editor opened on demand) unfolded. */
async function showChecklists(page: Page) {
  await page.getByRole('tab', { name: /^Applications/ }).click();
  const summaries = page.locator('summary', { hasText: /^Checklist:/ });
  await expect(summaries.first()).toBeVisible();
  for (const summary of await summaries.all()) await summary.click();
}

test('the family page shows every person with their applications and checklists', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const id = await seedFamily(page);
  await page.goto(`${preview.url}#/family/${id}`);

  await expect(page.getByRole('heading', { level: 1, name: 'Haddad, Farah' })).toBeVisible();
  const people = page.getByRole('region', { name: 'Family members' });
  for (const name of ['Haddad, Farah', 'Haddad, Karim', 'Haddad, Lina']) {
    await expect(people.getByRole('article', { name })).toBeVisible();
  }
  const principal = people.getByRole('article', { name: 'Haddad, Farah' });
  await expect(principal).toContainText('RL1234567 (Lebanon), expires Jun 30, 2031');
  await expect(principal).toContainText('H-1B in United States, valid to Sep 30, 2026');
  await expect(people.getByRole('article', { name: 'Haddad, Karim' })).toContainText('Spouse');
  await expect(people.getByRole('article', { name: 'Haddad, Lina' })).toContainText('Child');

  // Each person's checklist comes from the type's template (principal-only items for the principal).
  await showChecklists(page);
  const principalChecklist = applicationsOf(page, 'Haddad, Farah').getByRole('table', {
    name: `Checklist: ${owpType}`,
  });
  await expect(principalChecklist.getByRole('rowheader', { name: 'H-1B visa (copy)' })).toBeVisible();
  for (const name of ['Haddad, Karim', 'Haddad, Lina']) {
    const checklist = applicationsOf(page, name).getByRole('table', { name: `Checklist: ${owpType}` });
    await expect(checklist.getByRole('rowheader', { name: 'Passport (bio page)' })).toBeVisible();
    await expect(checklist.getByRole('rowheader', { name: /Relationship proof/ })).toBeVisible();
    await expect(checklist.getByRole('rowheader', { name: 'H-1B visa (copy)' })).toHaveCount(0);
  }
  // On the fixture's clock (before 30 September 2026) the H-1B status gives its extension filing.
  await page.getByRole('tab', { name: /^Deadlines/ }).click();
  const familyDeadlines = page.getByRole('table', { name: "The family's deadlines, earliest first" });
  await expect(familyDeadlines.getByRole('row', { name: /Extension filing/ })).toContainText('Sep 30, 2026');
  await expectAccessible(page);

  // The History tab lists who made the changes.
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('table', { name: /Changes to this family/ })).toContainText('Priya Sharma');
  await expectAccessible(page);
});

test('a checklist state changed in place is still there after a reload', async ({ page, preview }) => {
  await completeSetup(page, preview);
  const id = await seedFamily(page);
  await page.goto(`${preview.url}#/family/${id}`);

  await showChecklists(page);
  const spouseApps = applicationsOf(page, 'Haddad, Karim');
  const passportState = spouseApps.getByLabel('State of Passport (bio page)');
  await expect(passportState).toHaveValue('missing');
  await passportState.selectOption({ label: 'Received' });
  await expect(passportState).toHaveValue('received');
  // The audit trail records it once the save is done.
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('cell', { name: 'Checklist item' }).first()).toBeVisible();

  await page.reload();
  await showChecklists(page);
  await expect(applicationsOf(page, 'Haddad, Karim').getByLabel('State of Passport (bio page)')).toHaveValue(
    'received',
  );
  // Only that person's item changed.
  await expect(applicationsOf(page, 'Haddad, Farah').getByLabel('State of Passport (bio page)')).toHaveValue(
    'missing',
  );
});

test('a stage change with a note appears in the history timeline', async ({ page, preview }) => {
  await completeSetup(page, preview);
  const id = await seedFamily(page);
  await page.goto(`${preview.url}#/family/${id}`);

  await page.getByRole('tab', { name: /^Applications/ }).click();
  const childApps = applicationsOf(page, 'Haddad, Lina');
  // The forms and the history open on demand.
  await childApps.getByText('Change stage or government status').click();
  await childApps.getByText(/^History/).click();
  await expect(childApps.getByText('No changes recorded yet.')).toBeVisible();
  await childApps.getByLabel('New stage').selectOption({ label: 'Collecting documents' });
  await childApps.getByLabel('Note on the stage change').fill('Birth certificate requested from the parents');
  await childApps.getByRole('button', { name: 'Change stage' }).click();

  const timeline = childApps.getByRole('list').filter({ hasText: 'Stage:' });
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(timeline).toContainText('Stage: Intake → Collecting documents');
  await expect(timeline).toContainText('Note: Birth certificate requested from the parents');
  await expect(timeline).toContainText('by Priya Sharma');
  await expect(childApps.getByLabel('Note on the stage change')).toHaveValue('');

  // The government's status is recorded apart from the firm's stage.
  await childApps.getByRole('combobox', { name: 'Government status' }).fill('Received');
  await childApps.getByRole('button', { name: 'Record status' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline).toContainText('Government status: none → Received');
  await expectAccessible(page);

  await page.reload();
  await page.getByRole('tab', { name: /^Applications/ }).click();
  await applicationsOf(page, 'Haddad, Lina')
    .getByText(/^History/)
    .click();
  await expect(applicationsOf(page, 'Haddad, Lina')).toContainText('Stage: Intake → Collecting documents');
});

test('archiving with a reason shows the closed banner; reopening removes it', async ({ page, preview }) => {
  await completeSetup(page, preview);
  const id = await seedFamily(page);
  await page.goto(`${preview.url}#/family/${id}`);

  await page.getByRole('button', { name: 'Archive client' }).click();
  const reason = page.getByLabel('Reason for closing');
  await expect(reason).toBeFocused();
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(reason).toHaveAccessibleDescription(/Give a reason/);

  await reason.fill('Work permits approved; file complete');
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.getByText(/^Closed on .+: Work permits approved; file complete$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive client' })).toHaveCount(0);
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByText(/^Closed on .+: Work permits approved; file complete$/)).toBeVisible();
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByText(/Closed on/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Archive client' })).toBeVisible();
});

test('marking a dependant verified records today', async ({ page, preview }) => {
  await completeSetup(page, preview);
  const id = await seedFamily(page);
  await page.goto(`${preview.url}#/family/${id}`);

  const spouse = page.getByRole('article', { name: 'Haddad, Karim' });
  await expect(spouse).toContainText('Never verified');
  await spouse.getByRole('button', { name: 'Mark verified today' }).click();
  await expect(spouse).not.toContainText('Never verified');
  await expect(spouse.getByRole('button', { name: 'Mark verified today' })).toBeDisabled();
});
