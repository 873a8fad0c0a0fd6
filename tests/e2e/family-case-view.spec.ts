import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { completeSetup, expect, expectAccessible, test } from './fixtures';

test.use({ clock: '2026-03-16T14:00:00Z', viewport: { width: 1440, height: 900 } });

const shots = process.env.SHOTS_DIR;

/**
 * A family of four with a passport, a status and an application each, then enrolled in a
 * launch window (each member gets a second application): the family page that used to be
 * ~10,000 px tall.
 */
async function seedFamilyOfFour(page: Page): Promise<number> {
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
      email: 'farah@example.com',
      passports: [{ number: 'RL1234567', issuingCountry: 'LB', expiresOn: '2026-07-30' }],
      statuses: [{ country: 'US', statusType: 'H-1B', validTo: '2026-09-30', documentNumber: '123456789A1' }],
    });
    const members = [
      {
        relationship: 'spouse',
        givenNames: 'Karim',
        dateOfBirth: '1987-02-01',
        status: 'H-4',
        passport: 'RL7000001',
      },
      {
        relationship: 'child',
        givenNames: 'Lina',
        dateOfBirth: '2016-01-20',
        status: 'H-4',
        passport: 'RL7000002',
      },
      {
        relationship: 'child',
        givenNames: 'Sami',
        dateOfBirth: '2019-09-05',
        status: 'H-4',
        passport: 'RL7000003',
      },
    ];
    const ids: (number | null)[] = [null];
    for (const m of members) {
      const d = await invoke<{ id: number }>('dependants.create', {
        clientId: client.id,
        relationship: m.relationship,
        givenNames: m.givenNames,
        familyName: 'Haddad',
        dateOfBirth: m.dateOfBirth,
        citizenships: ['LB'],
        passports: [{ number: m.passport, issuingCountry: 'LB', expiresOn: '2030-01-01' }],
        statuses: [{ country: 'US', statusType: m.status, validTo: '2026-09-30' }],
      });
      ids.push(d.id);
    }
    const types = await invoke<{ id: number; code: string }[]>('applicationTypes.list', {});
    const extension = types.find((type) => type.code === 'us-h1b-extension') ?? types[0];
    if (!extension) throw new Error('no application types');
    for (const dependantId of ids) {
      await invoke('applications.create', { clientId: client.id, dependantId, typeId: extension.id });
    }
    await invoke('deadlines.create', {
      clientId: client.id,
      kind: 'status-expiry',
      dueOn: '2026-03-30',
      title: 'File the extension',
    });
    await invoke('deadlines.create', {
      clientId: client.id,
      dependantId: ids[1],
      kind: 'biometrics',
      dueOn: '2026-03-12',
    });
    const window_ = await invoke<{ id: number }>('launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      opensOn: '2026-06-01',
      opensAtTime: '09:00',
    });
    await invoke('launchWindows.enrol', { windowId: window_.id, clientIds: [client.id] });
    return client.id;
  });
}

test('the family page of four, after enrolment, fits one 1440×900 screen and says where the file stands', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const id = await seedFamilyOfFour(page);
  await page.goto(`${preview.url}#/clients/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Haddad, Farah' })).toBeVisible();

  // The header: next deadlines (overdue first) and one row per application.
  const next = page.getByRole('region', { name: 'Next deadlines' });
  await expect(next.getByRole('listitem').first()).toContainText('4 days overdue');
  await expect(next.getByRole('listitem').nth(1)).toContainText('in 14 days');
  const standing = page.getByRole('table', { name: /Each person's applications/ });
  await expect(standing.getByRole('row')).toHaveCount(1 + 8);
  const farah = standing.getByRole('row', { name: /^Haddad, Farah/ });
  await expect(farah).toContainText('Intake');
  await expect(farah).toContainText('Passport expires');
  await expect(farah).toContainText('documents missing');
  await expect(standing.getByRole('row', { name: /^Haddad, Karim/ }).first()).toContainText(
    '1 deadline overdue',
  );

  // Four people side by side, editors closed until asked for.
  const people = page.getByRole('region', { name: 'Family members' });
  await expect(people.getByRole('article')).toHaveCount(4);
  await expect(page.getByLabel('New stage')).toHaveCount(0);

  if (shots) await page.screenshot({ path: `${shots}/family-1440.png`, fullPage: true });
  const size = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
  }));
  expect(size.height).toBeLessThanOrEqual(900);
  expect(size.width).toBeLessThanOrEqual(1440);
  await expectAccessible(page);

  // Applications: the stage form opens on demand and works.
  await page.getByRole('tab', { name: /Applications/ }).click();
  const lina = page.getByRole('region', { name: 'Applications for Haddad, Lina' });
  const firstApp = lina.getByRole('article').first();
  await firstApp.getByText('Change stage or government status').click();
  await firstApp.getByLabel('New stage').selectOption({ label: 'Collecting documents' });
  await firstApp.getByRole('button', { name: 'Change stage' }).click();
  await expect(standing.getByRole('row', { name: /^Haddad, Lina/ }).first()).toContainText(
    'Collecting documents',
  );
  await expectAccessible(page);
  if (shots) await page.screenshot({ path: `${shots}/family-applications-1440.png`, fullPage: true });

  // History in plain words: no raw keys, no bare "Changed".
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('table', { name: /Changes to this family/ });
  await expect(history).toContainText('Launch window enrolment');
  await expect(history).not.toContainText('launch-window-enrolment');
  await expect(history.getByRole('cell', { name: 'Changed', exact: true })).toHaveCount(0);
  await expectAccessible(page);

  // Documents: every passport and status, the I-94 number included.
  await page.getByRole('tab', { name: 'Documents' }).click();
  await expect(page.getByRole('table', { name: /Every passport and immigration status/ })).toContainText(
    '123456789A1',
  );

  // Tabs work from the keyboard (Arrow keys move and select).
  await page.getByRole('tab', { name: 'Documents' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Deadlines/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table', { name: "The family's deadlines, earliest first" })).toBeVisible();

  // This family's deadlines as a calendar file, each event described.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: "Export this family's deadlines (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`caseport-deadlines-client-${id}-2026-03-16.ics`);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  expect(ics).toContain('DESCRIPTION:Kind: Biometrics\\nPerson: Karim Haddad\\nFamily: Haddad\\, Farah');
  expect(ics).not.toContain('Family: Okafor');

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('tab', { name: /People/ }).click();
  await expectAccessible(page);
  if (shots) await page.screenshot({ path: `${shots}/family-1024.png`, fullPage: true });
});
