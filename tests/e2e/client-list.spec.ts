import { completeSetup, expect, expectAccessible, test } from './fixtures';

test.describe('at 100,000 clients', () => {
  // Seeded next deadlines run through 2026 and 2027: a fixed "today" inside them keeps some
  // overdue and some not, whatever the real date or CASEPORT_TEST_CLOCK.
  test.use({ seedClientCount: 100_000, clock: '2026-03-16T14:00:00Z' });

  test('the list renders, keeps only visible rows in the page, and reaches the last client by keyboard', async ({
    page,
    preview,
  }) => {
    await completeSetup(page, preview);
    await expect(page.getByText('100,000 clients')).toBeVisible();
    await expect(page.getByRole('row', { name: /Family000001, Client1\b/ })).toBeVisible();
    // Virtualised: a screenful of rows in the DOM, not 100,000.
    expect(await page.getByRole('row').count()).toBeLessThan(120);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Family000001, Client1', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('link', { name: 'Family000002, Client2', exact: true })).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByRole('link', { name: 'Family100000, Client100000', exact: true })).toBeFocused();
    // Still responsive: the next frame arrives promptly after the jump.
    const frameDelay = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }),
    );
    expect(frameDelay).toBeLessThan(1000);
    expect(await page.getByRole('row').count()).toBeLessThan(120);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Family100000, Client100000' })).toBeVisible();
  });

  test('sorts by next deadline and filters to overdue families', async ({ page, preview }) => {
    await completeSetup(page, preview);
    await page.getByRole('button', { name: 'Next deadline' }).click();
    await expect(page.getByRole('columnheader', { name: 'Next deadline' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    // Seeded next deadlines cycle from 1 January 2026; client 730 has the earliest.
    await expect(page.getByRole('row').nth(1)).toContainText('Family000730');
    await page.getByLabel('Has an overdue deadline').check();
    await expect(page.getByText(/^[\d,]+ clients$/)).not.toHaveText('100,000 clients');
    await expect(page.getByRole('row').nth(1)).toContainText('overdue');
  });
});

test('filters by jurisdiction and stage, with a message when nothing matches', async ({ page, preview }) => {
  await completeSetup(page, preview);
  await page.evaluate(async () => {
    const invoke = window.caseport?.invoke as (
      c: string,
      p: unknown,
    ) => Promise<{ value: { id: number; code?: string } & Record<string, unknown> }>;
    const types = (await invoke('applicationTypes.list', {})) as unknown as {
      value: { id: number; code: string }[];
    };
    const typeId = (code: string) => types.value.find((t) => t.code === code)?.id;
    const canada = await invoke('clients.create', { givenNames: 'Amara', familyName: 'Okafor' });
    const usa = await invoke('clients.create', { givenNames: 'Rosa', familyName: 'Díaz' });
    await invoke('applications.create', { clientId: canada.value.id, typeId: typeId('ca-work-permit') });
    await invoke('applications.create', { clientId: usa.value.id, typeId: typeId('us-h1b-extension') });
  });
  await page.reload();
  await expect(page.getByText('2 clients')).toBeVisible();
  await page.getByLabel('Jurisdiction').selectOption({ label: 'United States (USCIS)' });
  await expect(page.getByText('1 client', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Díaz, Rosa/ })).toBeVisible();
  await page.getByLabel('Stage').selectOption({ label: 'Submitted' });
  await expect(page.getByText('No client matches these filters')).toBeVisible();
  await expectAccessible(page);
});
