import { completeSetup, expect, expectAccessible, test } from './fixtures';

const shots = process.env.SHOTS_DIR;

test.describe('the client list remembers', () => {
  // Seeded next deadlines cycle through 2026 and 2027; a fixed day keeps some overdue.
  test.use({ seedClientCount: 3_000, clock: '2026-03-16T14:00:00Z' });

  test('Back from a family restores the filters, the sort, the scroll and the family opened', async ({
    page,
    preview,
  }) => {
    await completeSetup(page, preview);
    await expect(page.getByText('3,000 clients')).toBeVisible();
    await page.getByLabel('Has an overdue deadline').check();
    await page.getByRole('button', { name: 'Next deadline' }).click();
    await page.getByRole('button', { name: 'Next deadline' }).click();
    const header = page.getByRole('columnheader', { name: 'Next deadline' });
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const count = await page.getByText(/^[\d,]+ clients$/).textContent();
    expect(count).not.toBe('3,000 clients');

    // Scroll well down the list and open a family there.
    const scroller = page.locator('.client-scroll');
    await scroller.evaluate((element) => {
      element.scrollTop = 3_000;
    });
    const row = page.locator('.client-scroll [role="row"]').filter({ hasText: 'overdue' }).nth(3);
    const name = (await row.getByRole('link').textContent()) ?? '';
    expect(name).toMatch(/^Family\d{6}, Client\d+$/);
    // Opened from the keyboard: focus (which may scroll it into view), then Enter.
    await row.getByRole('link').focus();
    const before = await scroller.evaluate((element) => element.scrollTop);
    expect(before).toBeGreaterThan(2_000);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients', exact: true })).toBeVisible();
    await expect(page.getByLabel('Has an overdue deadline')).toBeChecked();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByText(count ?? '')).toBeVisible();
    await expect(page.getByRole('link', { name, exact: true })).toBeFocused();
    const scrollTop = await scroller.evaluate((element) => element.scrollTop);
    expect(Math.abs(scrollTop - before)).toBeLessThan(2);
    await expectAccessible(page);

    // The sidebar link comes back to the same list too.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Clients' }).click();
    await expect(page.getByLabel('Has an overdue deadline')).toBeChecked();

    // "Clear filters" returns to every open file.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText('3,000 clients')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  test('a name filter finds families by anyone in them; columns fit at 1024 px', async ({
    page,
    preview,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await completeSetup(page, preview);
    await page.getByLabel('Name', { exact: true }).fill('family000123');
    await expect(page.getByText('1 client', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Family000123, Client123', exact: true })).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByLabel('Has an overdue deadline').check();
    // Dates and "(overdue)" are not cut off at 1024 px.
    const cells = page.locator('.client-scroll .cell.overdue');
    await expect(cells.nth(12)).toContainText('(overdue)');
    const clipped = await cells.evaluateAll((all) => all.filter((e) => e.scrollWidth > e.clientWidth).length);
    expect(clipped).toBe(0);
    const names = page.locator('.client-scroll [role="rowheader"]');
    expect(await names.evaluateAll((all) => all.filter((e) => e.scrollWidth > e.clientWidth).length)).toBe(0);
    await expectAccessible(page);
    if (shots) await page.screenshot({ path: `${shots}/clients-1024.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    if (shots) await page.screenshot({ path: `${shots}/clients-1440.png` });
  });
});
