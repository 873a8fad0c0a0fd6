import fs from 'node:fs';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { completeSetup, expect, expectAccessible, test } from './fixtures';
import { createWindow, enrol, families, invoke, seedFamilies, verifyAllDocuments } from './launch-support';

// 10:00 in Toronto on Monday 20 April 2026: nothing here depends on the machine's date.
test.use({ clock: '2026-04-20T14:00:00Z' });
test.describe.configure({ timeout: 120_000 });

const title = 'Open work permit for U.S. H-1B holders (2023)';
const internalCode =
  /documentMissing|statusNotValidAtOpening|passportTooShort|dependantStale|launchWindowBlockers/;

test('a window from the 2023 template asks when it opens, in both zones; launch mode by keyboard; the report prints and exports', async ({
  page,
  preview,
}, testInfo) => {
  await completeSetup(page, preview);
  // A firm in Vancouver working a window that opens on Ottawa time.
  await invoke(page, 'settings.update', { timeZone: 'America/Vancouver' });
  await seedFamilies(page);
  // Settings were changed behind the screen's back: read them again, as a restart would.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Clients', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Launch windows' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch windows' })).toBeVisible();
  // The template opened in 2023: creating from it without a new date is refused beside the field.
  await page.getByRole('button', { name: 'Create a window from this template' }).click();
  const opensOn = page.getByLabel('Opens on (in America/Toronto)');
  await expect(opensOn).toHaveAttribute('aria-invalid', 'true');
  await expect(opensOn).toHaveAccessibleDescription(/This template’s program opened in the past/);
  await opensOn.fill('2026-04-20');
  await page.getByLabel('Opening time (in America/Toronto)').fill('08:00');
  const zones = page.locator('.zoned-times');
  await expect(zones).toContainText(/Window’s zone \(America\/Toronto\)Mon, Apr 20, 2026, 08:00 AM EDT/);
  await expect(zones).toContainText(/Your firm’s zone \(America\/Vancouver\)Mon, Apr 20, 2026, 05:00 AM PDT/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create a window from this template' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Opens Mon, Apr 20, 2026, 08:00 AM EDT/)).toBeVisible();
  await expect(
    page.getByText(/In your firm’s zone \(America\/Vancouver\): Mon, Apr 20, 2026, 05:00 AM PDT/),
  ).toBeVisible();

  const enrolSection = page.getByRole('region', { name: 'Enrol families' });
  await enrolSection.getByRole('checkbox', { name: 'Select every family on this page' }).check();
  await enrolSection.getByRole('button', { name: 'Enrol 3 families' }).click();
  const readiness = page.getByRole('region', { name: 'Readiness' });
  await expect(readiness.getByRole('article')).toHaveCount(3);
  await expect(readiness.getByRole('article', { name: /Okafor, Amara/ })).toContainText('Blocked');
  await expect(readiness.getByRole('article', { name: /Okafor, Amara/ })).toContainText(
    /Passport \(bio page\) is missing/,
  );
  await expectAccessible(page);
  const windowId = Number(page.url().match(/launch-windows\/(\d+)/)?.[1]);
  await verifyAllDocuments(page, windowId);
  // Checked behind the screen's back: read the window again.
  await page.reload();

  // Launch mode: type each member's confirmation number, Enter, and the next family is up.
  await page.getByRole('link', { name: 'Launch mode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Launch mode: ${title}` })).toBeVisible();
  await expectAccessible(page);
  let navigationKeys = 0;
  const recorded: string[] = [];
  for (let round = 0; round < families.length; round++) {
    const current = page.getByRole('region', { name: /^Family \d+: / });
    const heading = (await current.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
    const index = families.findIndex(
      (f) => heading.endsWith(`${f.family}, ${f.given}`) && !recorded.includes(f.family),
    );
    expect(index, heading).toBeGreaterThanOrEqual(0);
    const f = families[index] as (typeof families)[number];
    recorded.push(f.family);
    await expect(current.getByLabel(`Confirmation number for ${f.family}, ${f.given}`)).toBeFocused();
    for (const [member, person] of [f.given, f.spouse, f.child, f.child2].entries()) {
      if (member > 0) {
        await page.keyboard.press('Tab');
        navigationKeys++;
      }
      await expect(current.getByLabel(`Confirmation number for ${f.family}, ${person}`)).toBeFocused();
      await page.keyboard.type(`W30${index}${member}0001`);
    }
    await page.keyboard.press('Enter');
    navigationKeys++;
    await expect(
      page.getByRole('status').filter({ hasText: `${f.family}, ${f.given}: 4 submissions` }),
    ).toBeVisible();
  }
  // A ready family of four is 3 Tabs + 1 Enter, no clicks; the rest is typing the numbers themselves.
  expect(navigationKeys).toBe(12);
  await expect(page.getByRole('heading', { name: 'Every enrolled family is submitted' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cap' })).toContainText('Our submissions3');

  await page.getByRole('link', { name: `Back to ${title}` }).click();
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Report: ${title}` })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Summary by outcome' }).getByRole('row', { name: /^Submitted/ }),
  ).toHaveText('Submitted312');
  const rows = page.getByRole('table', { name: /Every member of every enrolled family/ }).getByRole('row');
  await expect(rows).toHaveCount(1 + 12);
  await expect(page.getByRole('row', { name: /Okafor, Chidi/ })).toContainText('W30010001');
  await expectAccessible(page);

  // Printed: the whole width, no app chrome, the firm, window and date on the page, numbered.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  fs.writeFileSync(testInfo.outputPath('report.pdf'), pdf);
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  expect(totalPages).toBeGreaterThanOrEqual(1);
  expect(text).toContain('Maple Immigration LLP');
  expect(text).toContain(title);
  expect(text).toMatch(/Printed .*2026/);
  expect(text).toContain(`1 / ${totalPages}`);
  expect(text).toContain('Marchand, Élodie');
  expect(text).not.toMatch(internalCode);
  await page.emulateMedia({ media: 'screen' });

  // CSV: a BOM so Excel on Windows keeps "Élodie", the numbers intact.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = testInfo.outputPath('report.csv');
  await (await download).saveAs(file);
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(12);
  expect(parsed.data.map((r) => r.Member)).toContain('Marchand, Élodie');
  const numbers = parsed.data.map((r) => r['Confirmation number']).sort();
  expect(numbers).toEqual(families.flatMap((_, i) => [0, 1, 2, 3].map((m) => `W30${i}${m}0001`)).sort());
});

test('before opening a number is refused beside its field; a rehearsal accepts it and leaves the real data untouched', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const [okafor] = await seedFamilies(page, families.slice(0, 1));
  // Opens tomorrow at midnight, Toronto.
  const windowId = await createWindow(page, '2026-04-21');
  await enrol(page, windowId, [okafor as number]);
  await verifyAllDocuments(page, windowId);

  await page.goto(`${preview.url}#/launch-windows/${windowId}/launch`);
  await expect(
    page.getByText(
      /The window opens Tue, Apr 21, 2026, 12:00 AM EDT\. Numbers typed before then are refused/,
    ),
  ).toBeVisible();
  const field = page.getByLabel('Confirmation number for Okafor, Amara');
  await expect(field).toBeFocused();
  await field.fill('W300000001');
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  // Beside the field, in a live region, in the product's own words.
  const errorId = (await field.getAttribute('aria-describedby'))?.split(' ')[0];
  const error = page.locator(`[id="${errorId}"]`);
  await expect(error).toHaveText(/The window has not opened yet, so this number cannot be recorded/);
  await expect(error).toHaveAttribute('aria-live', 'assertive');
  await expect(page.getByRole('region', { name: 'Cap' })).toContainText('Our submissions0');

  // The rehearsal: same queue, on a copy, countdown a minute away, numbers typed for real.
  await page.getByRole('link', { name: /^Back to / }).click();
  await page.getByRole('button', { name: 'Start a rehearsal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Rehearsal: / })).toBeVisible();
  await expect(page.getByText('You are working on a copy.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('countdown-clock')).toHaveText(/00:0[01]:\d\d$/);
  await page.getByLabel('Confirmation number for Okafor, Amara').fill('W300000001');
  for (const person of ['Chidi', 'Ada', 'Obi'])
    await page
      .getByLabel(`Confirmation number for Okafor, ${person}`)
      .fill(`W30000000${person.length}${person[0]}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Okafor, Amara: 4 submissions' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Every enrolled family is submitted' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'End the rehearsal and see the timing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How the rehearsal went' })).toBeVisible();
  const timing = page.getByRole('definition');
  await expect(page.getByText('Families recorded')).toBeVisible();
  await expect(timing.nth(1)).toHaveText('1');
  await expect(page.getByText(/^Okafor, Amara: \d+:\d\d for 4 people$/)).toBeVisible();
  await expectAccessible(page);
  // Nothing reached the real file.
  const real = await invoke<{ counts: { submitted: number }; cap: { ourSubmissions: number } }>(
    page,
    'launchWindows.queue',
    { windowId },
  );
  expect(real.counts.submitted).toBe(0);
  expect(real.cap.ourSubmissions).toBe(0);
});

test('an ineligible member needs a reason and stays flagged; a reused number is refused with a link; a correction keeps the old value', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  // Iyer's H-1B ended in March: the program requires it valid on the opening day.
  const [okafor, iyer] = await seedFamilies(page, [
    families[0] as (typeof families)[number],
    { ...(families[2] as (typeof families)[number]), statusTo: '2026-03-31' },
  ]);
  const windowId = await createWindow(page, '2026-04-20');
  await enrol(page, windowId, [okafor as number, iyer as number]);
  await verifyAllDocuments(page, windowId);

  await page.goto(`${preview.url}#/launch-windows/${windowId}`);
  const readiness = page.getByRole('region', { name: 'Readiness' });
  // Ineligible families wait at the bottom, with the reason.
  await expect(readiness.getByRole('article').last()).toHaveAccessibleName(/Iyer, Ravi/);
  await expect(readiness.getByRole('article', { name: /Iyer, Ravi/ })).toContainText(
    "Not eligible: Iyer, Ravi's H-1B status is not valid on the opening day 2026-04-20",
  );

  await page.getByRole('link', { name: 'Launch mode' }).click();
  // Okafor first: record it.
  for (const [i, person] of ['Amara', 'Chidi', 'Ada', 'Obi'].entries())
    await page.getByLabel(`Confirmation number for Okafor, ${person}`).fill(`W30100000${i}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Okafor, Amara: 4 submissions' })).toBeVisible();

  // Iyer: not eligible. A number alone is refused; the box and a reason are required.
  await expect(page.getByRole('heading', { level: 2, name: /Family \d+: Iyer, Ravi/ })).toBeVisible();
  const ravi = page.getByLabel('Confirmation number for Iyer, Ravi');
  await ravi.fill('W301000001');
  await page.getByRole('button', { name: 'Record submission and go to the next family' }).click();
  await expect(page.getByText('This person is not ready. Tick “Record anyway” and say why')).toBeVisible();

  // The same number as Okafor's spouse: refused beside the field, with a link to where it is used.
  await page.getByLabel('Record Iyer, Ravi anyway, although not ready').check();
  await page.getByLabel('Why (kept in the audit trail)').fill('Extension approved 15 April; notice on file');
  await page.getByRole('button', { name: 'Record submission and go to the next family' }).click();
  await expect(ravi).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This confirmation number is already recorded in the firm.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Used for Okafor, Chidi in OWP 2026' })).toHaveAttribute(
    'href',
    `#/clients/${okafor}`,
  );
  await expectAccessible(page);
  await ravi.fill('W309999999');
  await page.getByRole('button', { name: 'Record submission and go to the next family' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Iyer, Ravi: 1 submission recorded' }),
  ).toBeVisible();

  // Still flagged after submission: the override and the eligibility problem both show.
  await page.getByRole('button', { name: /Iyer, Ravi/ }).click();
  const raviBlock = page.getByRole('group', { name: /^Iyer, Ravi/ });
  await expect(raviBlock).toContainText(
    'Recorded although not ready: Extension approved 15 April; notice on file',
  );
  await expect(raviBlock).toContainText('Flagged');
  await expect(raviBlock).toContainText('H-1B status is not valid on the opening day');

  // Correct a number: with a reason, and the old value stays in the audit trail.
  await page.getByRole('button', { name: /Okafor, Amara/ }).click();
  await page.getByRole('button', { name: 'Correct' }).nth(1).click();
  const correction = page.getByRole('group', { name: 'Correct the submission of Okafor, Chidi' });
  await correction.getByLabel('Correct confirmation number').fill('W301000011');
  await correction.getByRole('button', { name: 'Save correction' }).click();
  await expect(correction.getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
  await correction.getByLabel('Reason').fill('Typed 01 for 11');
  await correction.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByText(/Submitted: W301000011/)).toBeVisible();
  const audit = await invoke<{ action: string; note: string; changes: Record<string, unknown> }[]>(
    page,
    'audit.list',
    {
      clientId: okafor,
      entity: 'launch-window-submission',
    },
  );
  const corrected = audit.find((a) => a.note.includes('Typed 01 for 11'));
  expect(corrected?.changes.confirmationNumber).toEqual(['W301000001', 'W301000011']);
});

test('enrolling a family that already has the window’s application creates none, and says so', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const types = await invoke<{ id: number; code: string }[]>(page, 'applicationTypes.list', {});
  const owp = types.find((t) => t.code === 'ca-owp-us-h1b-2023');
  // Started at intake with the window's type for every member.
  const family = await invoke<{ clientId: number; applicationIds: number[] }>(page, 'families.intake', {
    principal: { givenNames: 'Amara', familyName: 'Okafor', applications: [{ typeId: owp?.id }] },
    dependants: [
      {
        relationship: 'spouse',
        givenNames: 'Chidi',
        familyName: 'Okafor',
        applications: [{ typeId: owp?.id }],
      },
    ],
  });
  const windowId = await createWindow(page, '2026-05-01');
  await page.goto(`${preview.url}#/launch-windows/${windowId}`);
  const enrolSection = page.getByRole('region', { name: 'Enrol families' });
  await enrolSection.getByRole('checkbox', { name: 'Select Okafor, Amara' }).check();
  await enrolSection.getByRole('button', { name: 'Enrol 1 family' }).click();
  await expect(
    page.getByRole('status').filter({
      hasText:
        '1 family enrolled; 0 applications opened. 2 applications already on file were reused, not duplicated.',
    }),
  ).toBeAttached();
  const onFile = await invoke<{ applications: { id: number }[] }>(page, 'clients.family', {
    id: family.clientId,
  });
  expect(onFile.applications.map((a) => a.id).sort()).toEqual([...family.applicationIds].sort());

  // For the record: why it was not submitted, then out of the window, each with a reason.
  const readiness = page.getByRole('region', { name: 'Readiness' });
  const actions = readiness.getByRole('article', { name: /Okafor, Amara/ }).locator('.family-actions');
  await actions.getByText('Withdraw Okafor, Amara or note why not submitted').click();
  await actions.getByLabel('Why not submitted (printed in the report)').fill('Client travelling');
  await actions.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Reason noted for Okafor, Amara.' }),
  ).toBeAttached();
  await actions.getByRole('button', { name: 'Withdraw from this window' }).click();
  await expect(actions.getByLabel('Reason for withdrawing')).toHaveAttribute('aria-invalid', 'true');
  await actions.getByLabel('Reason for withdrawing').fill('Chose to wait for the next program');
  await actions.getByRole('button', { name: 'Withdraw from this window' }).click();
  await expect(readiness.getByRole('article')).toHaveCount(0);
  await expect(readiness.getByRole('definition').last()).toHaveText('1');
});

test('blockers are fixed from readiness without leaving the screen', async ({ page, preview }) => {
  await completeSetup(page, preview);
  const [okafor] = await seedFamilies(page, families.slice(0, 1));
  const windowId = await createWindow(page, '2026-05-01');
  await enrol(page, windowId, [okafor as number]);
  // Everything checked but three things: one document, the spouse's stale details, a passport.
  await verifyAllDocuments(page, windowId);
  const queue = await invoke<{
    families: {
      members: { dependantId: number | null; personVersion: number; checklist: { id: number }[] }[];
    }[];
  }>(page, 'launchWindows.queue', { windowId });
  const [principal, spouse, child] = queue.families[0]?.members ?? [];
  await invoke(page, 'checklist.setState', { id: principal?.checklist[0]?.id, state: 'missing' });
  await invoke(page, 'dependants.update', {
    id: spouse?.dependantId,
    version: spouse?.personVersion,
    lastVerifiedOn: '2025-06-01',
  });
  await invoke(page, 'dependants.update', {
    id: child?.dependantId,
    version: child?.personVersion,
    passports: [{ number: 'C0000001', issuingCountry: 'IN', expiresOn: '2026-08-01' }],
  });

  await page.goto(`${preview.url}#/launch-windows/${windowId}`);
  const readiness = page.getByRole('region', { name: 'Readiness' });
  const card = readiness.getByRole('article', { name: /Okafor, Amara/ });
  // A passport that expires too soon fails eligibility: the family waits at the bottom, with why.
  await expect(card.locator('.queue-state')).toHaveText('Not eligible');
  await expect(card).toContainText("Not eligible: Okafor, Ada's passport expires 2026-08-01");
  const kinds = page.getByRole('region', { name: 'What holds families back' });
  await expect(kinds).toContainText('Passport expires too soon: 1 family');
  await expect(kinds).toContainText('Documents missing: 1 family');
  await expect(kinds).toContainText('Family member details out of date: 1 family');
  await expectAccessible(page);

  await card
    .getByRole('button', { name: /^Mark verified: Okafor, Amara: Passport \(bio page\) is missing/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked verified' })).toBeAttached();
  await card.getByRole('button', { name: 'Details checked today: Okafor, Chidi' }).click();
  await card.getByRole('button', { name: 'Update passport: Okafor, Ada' }).click();
  const passport = card.getByRole('group', { name: 'Update passport: Okafor, Ada' });
  await passport.getByLabel('Passport number').fill('C0000002');
  await passport.getByLabel('Expires on').fill('2031-08-01');
  await passport.getByRole('button', { name: 'Save' }).click();
  await expect(card.locator('.queue-state')).toHaveText('Ready');
  await expect(card.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'What holds families back' })).toHaveCount(0);
  await expect(readiness.getByRole('definition').nth(1)).toHaveText('1');
});
