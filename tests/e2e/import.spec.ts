import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { completeSetup, expect, expectAccessible, test } from './fixtures';

// Four to five axe passes over long tables (the mapping lists every column with its 31 choices).
test.describe.configure({ timeout: 120_000 });

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'import-50-families-5-bad.csv',
);

/** A contract call through the same bridge the UI uses: its value, or the test fails. */
async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([c, i]) => {
      if (!window.caseport) throw new Error('No Caseport bridge on the page.');
      return (await window.caseport.invoke(c as 'clients.list', i as never)) as {
        ok: boolean;
        value?: unknown;
      };
    },
    [channel, input] as const,
  );
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result)}`);
  return result.value as T;
}

/** How many clients are on file. */
async function clientCount(page: Page): Promise<number> {
  return (await invoke<{ total: number }>(page, 'clients.list', { limit: 1 })).total;
}

test('imports the 50-family file: errors by row number, nothing until valid rows are chosen, then 45 families', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  // Import is where clients come from in bulk: reachable from the client list itself.
  await page.getByRole('link', { name: 'Import from a CSV file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import clients from a CSV file' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('CSV file').setInputFiles(fixture);
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeFocused();
  await expect(page.getByText('import-50-families-5-bad.csv: 18 columns')).toBeVisible();
  // Suggested from the file's own headers.
  await expect(page.getByLabel('Field for column “Family”')).toHaveValue('familyKey');
  await expect(page.getByLabel('Field for column “Surname”')).toHaveValue('familyName');
  await expect(page.getByLabel('Field for column “Passport expiry”')).toHaveValue('passportExpiresOn');
  const firstRows = page.getByRole('table', { name: /The first rows as they will be read/ });
  await expect(firstRows.getByRole('row', { name: /^2 F001 principal Priya Sharma/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByRole('heading', { name: 'Review and import' })).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Checked 125 rows: 5 with errors.' }),
  ).toBeAttached();
  await expect(page.getByText('Nothing has been imported yet.')).toBeVisible();
  const counts = page.locator('.import-counts');
  await expect(counts).toContainText('Rows125');
  await expect(counts).toContainText('Rows with errors5');
  await expect(counts).toContainText('Families50');
  await expect(counts).toContainText('Families without errors45');
  // No possible duplicates in this file: every valid family will be imported, and the count says so.
  await expect(counts).toContainText('Families that will be imported45');

  await expect(page.getByRole('heading', { name: '5 rows with errors' })).toBeVisible();
  const errors = page.getByRole('table', { name: /Rows that cannot be imported/ });
  await expect(errors.getByRole('rowheader')).toHaveText(['9', '30', '50', '74', '109']);
  await expect(errors.getByRole('row', { name: /^9 F004/ })).toContainText(
    'Date of birth (column “Date of birth”)1985-02-30Enter a real date as year-month-day (YYYY-MM-DD), e.g. 2026-03-16.',
  );
  await expect(errors.getByRole('row', { name: /^30 F012/ })).toContainText('Email');
  await expect(errors.getByRole('row', { name: /^50 F020/ })).toContainText(
    'Choose a country from the list.',
  );
  await expect(errors.getByRole('row', { name: /^74 F029/ })).toContainText(
    'Use principal, spouse, common-law partner, child or other.',
  );
  await expect(errors.getByRole('row', { name: /^109 F043/ })).toContainText(
    'Given names (column “Given names”)Required.',
  );

  // All-or-nothing is refused while any row is bad, and says why.
  await expect(page.getByRole('button', { name: 'Import all' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Import all' })).toHaveAccessibleDescription(
    '“Import all” is not possible: 5 rows have errors. Fix them in the file and choose the file again, or import only the valid families.',
  );
  await expect(
    page.getByText('Imports the 45 families whose every row is good and that are not possible duplicates.', {
      exact: false,
    }),
  ).toBeVisible();
  expect(await clientCount(page)).toBe(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Import only the valid families' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeFocused();
  await expect(page.getByText(/^45 families created \(\d+ people\)\. 14 rows skipped\.$/)).toBeVisible();
  const skipped = page.getByRole('region', { name: 'Families not imported' });
  await expect(skipped.getByRole('listitem')).toHaveText([
    'F004: a row has errors',
    'F012: a row has errors',
    'F020: a row has errors',
    'F029: a row has errors',
    'F043: a row has errors',
  ]);
  await expect(page.getByRole('link', { name: 'Sharma, Priya' })).toBeVisible();
  expect(await clientCount(page)).toBe(45);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Open the client list' }).click();
  await expect(page.getByText('45 clients')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ali, Zara', exact: true })).toBeVisible();
  // A family with a bad row is left out whole: not even its good principal row (Élodie, row 8) is on file.
  expect((await invoke<{ total: number }>(page, 'search.query', { text: 'elodie dubois' })).total).toBe(0);
  expect(
    (await invoke<{ total: number }>(page, 'search.query', { text: 'priya sharma' })).total,
  ).toBeGreaterThan(0);
});

test('the mapping is editable, duplicates link to the family on file, and cancel imports nothing', async ({
  page,
  preview,
}) => {
  await completeSetup(page, preview);
  const { id: existingId } = await invoke<{ id: number }>(page, 'clients.create', {
    givenNames: 'Amara',
    familyName: 'Okafor',
    dateOfBirth: '1982-03-03',
  });
  await page.goto(`${preview.url}#/import`);
  await page.getByLabel('CSV file').setInputFiles(fixture);

  // Without a relationship column the rows cannot make families: refused before anything is sent.
  await page.getByLabel('Field for column “Relationship”').selectOption({ label: 'Ignore' });
  await expect(page.getByRole('alert')).toHaveText('Choose a column for: Relationship.');
  await expect(page.getByRole('button', { name: 'Check the rows' })).toBeDisabled();
  await page.getByLabel('Field for column “Surname”').selectOption({ label: 'Given names' });
  await expect(page.getByText('Given names is chosen for more than one column.')).toBeVisible();
  await page.getByLabel('Field for column “Relationship”').selectOption({ label: 'Relationship' });
  await page.getByLabel('Field for column “Surname”').selectOption({ label: 'Family name' });
  // Keyboard only from here: the button is reachable and works with Enter.
  await page.getByRole('button', { name: 'Check the rows' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: '1 possible duplicate' })).toBeVisible();
  const duplicates = page.getByRole('table', { name: /may already be on file/ });
  const onFile = duplicates.getByRole('link', { name: 'Okafor, Amara, on file' });
  await expect(onFile).toHaveAttribute('href', `#/clients/${existingId}`);
  await expect(duplicates.getByRole('row', { name: /^5 Okafor, Amara \(F003\)/ })).toContainText(
    'same name and date of birth',
  );
  await expect(page.getByText('1 family has a possible duplicate and will be skipped.')).toBeVisible();
  await expect(page.getByLabel('Import the families with possible duplicates anyway')).not.toBeChecked();
  // The review promises exactly what the button will do: the duplicate family is not counted...
  const counts = page.locator('.import-counts');
  await expect(counts).toContainText('Families without errors45');
  await expect(counts).toContainText('Families that will be imported44');
  await expect(page.getByText('Imports the 44 families', { exact: false })).toBeVisible();
  // ...until the firm chooses to import it anyway.
  await page.getByLabel('Import the families with possible duplicates anyway').check();
  await expect(counts).toContainText('Families that will be imported45');
  await page.getByLabel('Import the families with possible duplicates anyway').uncheck();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was imported.' }),
  ).toBeAttached();
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'Import cancelled. Nothing was imported.' }),
  ).toBeVisible();
  await expect(page.getByLabel('CSV file')).toBeEnabled();
  expect(await clientCount(page)).toBe(1);
  // The staged rows are gone too: the same file starts a fresh import with the same row numbers.
  await page.getByLabel('CSV file').setInputFiles(fixture);
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByRole('heading', { name: '5 rows with errors' })).toBeVisible();
});

/** 2,500 families of four (principal, spouse, two children): 10,000 person rows, all valid. */
function bigFile(families: number): Buffer {
  const lines = [
    'Family key,Relationship,Given names,Family name,Date of birth,Passport number,Passport country',
  ];
  const members = ['principal', 'spouse', 'child', 'child'];
  for (let f = 1; f <= families; f += 1) {
    members.forEach((relationship, m) => {
      const born = `${1960 + (f % 40)}-${String((m % 12) + 1).padStart(2, '0')}-${String((f % 28) + 1).padStart(2, '0')}`;
      lines.push(`B${f},${relationship},Member${m}x${f},Bulkfamily${f},${born},P${f}M${m},FR`);
    });
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

test('a 10,000-row file shows its progress batch by batch without freezing the page', async ({
  page,
  preview,
}) => {
  test.setTimeout(240_000);
  await completeSetup(page, preview);
  await page.goto(`${preview.url}#/import`);
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigFile(2_500) });
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();

  // Watch every animation frame while the rows are checked: the gaps between frames, and the bar.
  await page.evaluate(() => {
    const watch = { gaps: [] as number[], values: [] as number[], last: performance.now(), running: true };
    (window as unknown as { importWatch: typeof watch }).importWatch = watch;
    const tick = (now: number) => {
      watch.gaps.push(now - watch.last);
      watch.last = now;
      const bar = document.querySelector('progress');
      if (bar) watch.values.push(bar.value);
      if (watch.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByRole('progressbar', { name: 'Rows checked' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review and import' })).toBeVisible({ timeout: 120_000 });
  const checkedIn = Date.now() - started;
  const watch = await page.evaluate(() => {
    const w = (window as unknown as { importWatch: { gaps: number[]; values: number[]; running: boolean } })
      .importWatch;
    w.running = false;
    return { maxGap: Math.max(...w.gaps.slice(1)), values: [...new Set(w.values)] };
  });
  // 20 batches of 500: the bar moved through several values on its way to 100 %.
  expect(watch.values.filter((v) => v > 0 && v < 100).length).toBeGreaterThanOrEqual(3);
  expect(watch.maxGap).toBeLessThan(1000);
  await expect(page.locator('.import-counts')).toContainText('Rows10,000');
  await expect(page.locator('.import-counts')).toContainText('Rows with errors0');
  expect(await clientCount(page)).toBe(0);

  const committing = Date.now();
  await page.getByRole('button', { name: 'Import all' }).click();
  await expect(page.getByText(/^2,500 families created \(10,000 people\)\. 0 rows skipped\.$/)).toBeVisible({
    timeout: 120_000,
  });
  const committedIn = Date.now() - committing;
  expect(await clientCount(page)).toBe(2_500);
  test.info().annotations.push({
    type: 'benchmark',
    description: `10,000 rows: checked in ${checkedIn} ms (longest frame gap ${Math.round(watch.maxGap)} ms), imported in ${committedIn} ms`,
  });
  console.log(test.info().annotations.at(-1)?.description);
});

test('importing from a launch window enrols the families in it', async ({ page, preview }) => {
  await completeSetup(page, preview);
  const launchWindow = await invoke<{ id: number; name: string }>(page, 'launchWindows.createFromTemplate', {
    template: 'ca-owp-us-h1b-2023',
    name: 'OWP 2026',
    // The template's 2023 opening is past: a new window says when it opens.
    opensOn: '2027-07-18',
  });
  await page.goto(`${preview.url}#/launch-windows/${launchWindow.id}/import`);
  await expect(page.getByRole('heading', { level: 1, name: 'Import families into OWP 2026' })).toBeVisible();
  await page.getByLabel('CSV file').setInputFiles(fixture);
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByLabel('Enrol the imported families in a launch window')).toHaveValue(
    String(launchWindow.id),
  );
  await page.getByRole('button', { name: 'Import only the valid families' }).click();
  await expect(page.getByText('45 families enrolled in OWP 2026.', { exact: false })).toBeVisible();
  const queue = await invoke<{ counts: { families: number } }>(page, 'launchWindows.queue', {
    windowId: launchWindow.id,
  });
  expect(queue.counts.families).toBe(45);
  await page.getByRole('link', { name: 'Back to the launch window' }).click();
  await expect(page).toHaveURL(new RegExp(`#/launch-windows/${launchWindow.id}$`));
});
