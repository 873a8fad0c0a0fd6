import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { completeSetup, daysFromTestDay as daysFromToday, expect, expectAccessible, test } from './fixtures';

// The seeded statuses, I-94s and notices carry fixed 2026-2028 dates: a fixed "today" before
// them keeps every deadline upcoming, whatever the real date or CASEPORT_TEST_CLOCK.
test.use({ clock: '2026-03-16T14:00:00Z' });

/** An H-1B principal, an H-4 spouse and an H-4 child, all with an I-94 far in the future. */
async function seedH1bFamily(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const invoke = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = (await window.caseport?.invoke(channel, input)) as
        | { ok: true; value: T }
        | { ok: false; error: { message: string } };
      if (!result?.ok) throw new Error(`${channel}: ${result?.error.message}`);
      return result.value;
    };
    const stay = { country: 'US', validFrom: '2024-10-01', validTo: '2028-09-30' };
    const client = await invoke<{ id: number }>('clients.create', {
      givenNames: 'Farah',
      familyName: 'Haddad',
      dateOfBirth: '1988-04-12',
      passports: [{ number: 'RL1234567', issuingCountry: 'LB', expiresOn: '2031-06-30' }],
      statuses: [{ ...stay, statusType: 'H-1B' }],
    });
    for (const [relationship, givenNames, dateOfBirth] of [
      ['spouse', 'Karim', '1987-02-03'],
      ['child', 'Lina', '2016-01-20'],
    ]) {
      await invoke('dependants.create', {
        clientId: client.id,
        relationship,
        givenNames,
        familyName: 'Haddad',
        dateOfBirth,
        statuses: [{ ...stay, statusType: 'H-4' }],
      });
    }
    return client.id;
  });
}

async function graceDeadlineIds(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const result = (await window.caseport?.invoke('deadlines.list', { kind: 'grace-period' })) as {
      ok: true;
      value: { items: { id: number }[] };
    };
    return result.value.items.map((d) => d.id);
  });
}

test('employment ended: every H-1B family member gets an explained grace deadline, on the dashboard, the Deadlines screen and in the calendar file', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const id = await seedH1bFamily(page);
  await page.goto(`${preview.url}#/clients/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Haddad, Farah' })).toBeVisible();
  await page.getByRole('tab', { name: /^Deadlines/ }).click();

  // 45 days ago + 60 days = 15 days ahead: inside "Next 30 days" whatever today is.
  const lastDay = daysFromToday(-45);
  await page.getByRole('button', { name: 'Record an event…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an event' });
  await expect(dialog.getByLabel('What happened')).toHaveValue('employment-ended');
  // Sending without a date puts the contract's message beside the field.
  await dialog.getByRole('button', { name: 'Record event' }).click();
  await expect(dialog.getByLabel('Last day of employment')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Last day of employment').fill(lastDay);
  await dialog.getByRole('button', { name: 'Record event' }).click();
  await expect(dialog.getByText('3 deadlines created.')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const familyDeadlines = page.getByRole('table', { name: "The family's deadlines, earliest first" });
  await expect(familyDeadlines.getByRole('row', { name: /Grace period ends/ })).toHaveCount(3);

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const next30 = page.getByRole('region', { name: /Next 30 days/ });
  await expect(next30.getByRole('heading', { name: /Haddad, Farah.*3 deadlines/ })).toBeVisible();
  for (const person of ['Farah Haddad', 'Karim Haddad', 'Lina Haddad']) {
    await expect(next30.getByRole('listitem').filter({ hasText: person })).toContainText('Grace period ends');
  }

  // "Why this date?" names the rule, its inputs, the raw date and the weekend/holiday policy.
  await next30.getByLabel('Why this date? Grace period ends for Karim Haddad').click();
  const why = next30.getByRole('listitem').filter({ hasText: 'Karim Haddad' }).getByRole('definition');
  await expect(why.first()).toHaveText('60-day grace period ends');
  const explanation = next30.getByRole('listitem').filter({ hasText: 'Karim Haddad' });
  await expect(explanation).toContainText('8 CFR 214.1(l)(2)');
  await expect(explanation).toContainText('Last day of employment');
  await expect(explanation).toContainText('Last day of employment + 60 days');
  await expect(explanation).toContainText('Date from the rule');
  await expect(explanation).toContainText('No roll-forward');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Deadlines', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
  const agenda = page.getByRole('table', { name: 'Deadlines, earliest first' });
  await expect(agenda.getByRole('row', { name: /Grace period ends/ })).toHaveCount(3);
  // The statuses' end dates made "extension filing" deadlines too; filter to the grace periods.
  await expect(agenda.getByRole('row', { name: /Extension filing/ })).toHaveCount(3);
  await page.getByLabel('Kind').selectOption({ label: 'Grace period ends' });
  await expect(agenda.getByRole('row', { name: /Extension filing/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Month' }).click();
  await expect(page.getByRole('table', { name: /^Deadlines in / })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Agenda' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^caseport-deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const ids = await graceDeadlineIds(page);
  expect(ids).toHaveLength(3);
  for (const deadlineId of ids) expect(text).toContain(`UID:deadline-${deadlineId}@caseport.local`);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  await expect(page.getByText('Calendar file with 3 deadlines downloaded.')).toBeVisible();
});

test('an RFE answered on paper: the mailed days and the holiday move are explained; a date set by hand is marked; changing the notice recomputes', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const id = await seedH1bFamily(page);
  await page.evaluate(async (clientId) => {
    const invoke = window.caseport?.invoke;
    const types = (await invoke?.('applicationTypes.list', {})) as { value: { id: number; code: string }[] };
    const typeId = types.value.find((t) => t.code === 'us-h1b-extension')?.id;
    await invoke?.('applications.create', { clientId, typeId });
  }, id);
  await page.goto(`${preview.url}#/clients/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Haddad, Farah' })).toBeVisible();
  await page.getByRole('tab', { name: /^Deadlines/ }).click();

  await page.getByRole('button', { name: 'Record an event…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an event' });
  await dialog.getByLabel('What happened').selectOption({ label: 'Request for Evidence (RFE) received' });
  // 8 April 2026 + 84 days + 3 mailed = Saturday 4 July (Independence Day) -> Monday 6 July.
  await dialog.getByLabel('Date on the notice').fill('2026-04-08');
  await dialog.getByRole('button', { name: 'Record event' }).click();
  await expect(dialog.getByLabel('Application the notice is about')).toHaveAttribute('aria-invalid', 'true');
  await dialog
    .getByLabel('Application the notice is about')
    .selectOption({ label: 'H-1B extension (US) – Haddad, Farah' });
  await dialog.getByLabel('Days to respond, as printed on the notice').fill('84');
  await dialog.getByLabel('The notice came by mail (adds 3 days)').check();
  await dialog.getByLabel('On paper').check();
  await dialog.getByRole('button', { name: 'Record event' }).click();
  await expect(dialog.getByText('1 deadline created.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const table = page.getByRole('table', { name: "The family's deadlines, earliest first" });
  const rfe = table.getByRole('row', { name: /RFE response/ });
  await expect(rfe).toContainText('Jul 6, 2026');
  await rfe.getByLabel('Why this date? RFE response for Haddad, Farah').click();
  await expect(rfe).toContainText('Notice served by mail');
  await expect(rfe).toContainText('Jul 4, 2026');
  await expect(rfe).toContainText('so the deadline moves to');
  await expectAccessible(page);

  await rfe.getByRole('button', { name: 'Change date…' }).click();
  await rfe.getByLabel('New date').fill('2026-06-30');
  await rfe.getByLabel('Why does this date differ from the rule?').fill('Courier booked early');
  await rfe.getByRole('button', { name: 'Set date' }).click();
  await expect(rfe).toContainText('Jun 30, 2026');
  await expect(rfe).toContainText('Set by hand');

  // Changing the notice date recomputes the rule's date; the date set by hand stands.
  await page.getByRole('button', { name: /^Change Request for Evidence/ }).click();
  const change = page.getByRole('dialog', { name: 'Change an event' });
  await change.getByLabel('Date on the notice').fill('2026-04-13');
  await change.getByRole('button', { name: 'Save and recompute' }).click();
  await expect(change.getByText('1 deadline recomputed.')).toBeVisible();
  await change.getByRole('button', { name: 'Close' }).click();
  await expect(rfe).toContainText('Jun 30, 2026');
  await expect(rfe).toContainText('The rules give Jul 9, 2026');
});
