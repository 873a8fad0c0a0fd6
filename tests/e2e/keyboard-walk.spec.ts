import type { Locator, Page } from '@playwright/test';
import { completeSetup, expect, test } from './fixtures';
import { seedFirm } from './screens';

/**
 * Someone who cannot use a mouse works every main screen: each is reached from the keyboard,
 * every Tab stop is visible on screen with a visible focus ring, focus never gets stuck, and a
 * dialog (search) keeps focus inside until Escape, then gives it back.
 */
test.use({ clock: '2026-03-16T14:00:00Z' });

/** Presses Tab until `target` has focus (proves it is reachable, in order), at most 200 times. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  const element = await target.elementHandle();
  for (let presses = 0; presses < 200; presses++) {
    if (await element?.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

interface Stop {
  id: string;
  /** A date/time input: Tab walks its fields (month, day, year, hour…) before leaving it. */
  segmented: boolean;
  label: string;
  visible: boolean;
  ring: boolean;
}

/** What has focus now: a name for messages, whether it is on screen, whether its ring shows. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // Chromium's date and time inputs have a picker button in their shadow tree; when it has
    // focus the host reports no :focus and the browser draws that button's own ring.
    const pickerTypes = ['date', 'time', 'datetime-local', 'month', 'week'];
    const inShadowPart =
      el instanceof HTMLInputElement && pickerTypes.includes(el.type) && !el.matches(':focus');
    const ring =
      inShadowPart ||
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    // Tagged once, so two unlabeled inputs in a row are still two different stops.
    if (!el.dataset.walkId) el.dataset.walkId = String(Math.random());
    const label = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    return {
      id: el.dataset.walkId,
      segmented: el instanceof HTMLInputElement && pickerTypes.includes(el.type),
      label: `${label}${el.id ? ` #${el.id}` : ''}`,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
      ring,
    };
  });
}

/**
 * Tabs through the whole screen (up to `max` stops): every stop must be visible and show a
 * focus ring, and Tab must keep moving (a stop that keeps focus is a trap).
 */
async function walkScreen(page: Page, screen: string, max = 60): Promise<number> {
  const problems: string[] = [];
  let previous = '';
  let repeated = 0;
  let stops = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) continue;
    stops++;
    // Scrolled into view by the browser: an invisible stop is one a sighted user cannot follow.
    if (!stop.visible) problems.push(`${screen}: ${stop.label} has focus but is not on screen`);
    if (!stop.ring) problems.push(`${screen}: ${stop.label} shows no focus ring`);
    repeated = stop.id === previous ? repeated + 1 : 0;
    if (repeated > (stop.segmented ? 8 : 3)) problems.push(`${screen}: focus is stuck on ${stop.label}`);
    previous = stop.id;
  }
  expect([...new Set(problems)]).toEqual([]);
  return stops;
}

async function goByKeyboard(page: Page, link: Locator, heading: string | RegExp): Promise<void> {
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // The app moves focus into the new page (its heading or first field): the walk starts there.
  await expect
    .poll(() => page.evaluate(() => document.getElementById('main')?.contains(document.activeElement)))
    .toBe(true);
}

test('every main screen is reachable and workable with the keyboard alone', async ({ page, preview }) => {
  test.setTimeout(240_000);
  await completeSetup(page, preview);
  await seedFirm(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients', exact: true })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });

  // The first Tab stop skips to the content, which then has focus.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await goByKeyboard(page, nav.getByRole('link', { name: 'Dashboard' }), 'Dashboard');
  await walkScreen(page, 'dashboard');

  await goByKeyboard(page, nav.getByRole('link', { name: 'Clients' }), 'Clients');
  await walkScreen(page, 'clients', 30);
  await goByKeyboard(page, page.getByRole('link', { name: /Marchand, Élodie/ }).first(), 'Marchand, Élodie');
  await walkScreen(page, 'family', 80);

  await goByKeyboard(page, nav.getByRole('link', { name: 'Clients' }), 'Clients');
  await goByKeyboard(page, page.getByRole('link', { name: 'New client' }).first(), 'New client and family');
  await walkScreen(page, 'intake', 80);

  await goByKeyboard(page, nav.getByRole('link', { name: 'Deadlines' }), 'Deadlines');
  const stops = await walkScreen(page, 'deadlines', 80);
  expect(stops).toBeGreaterThan(10);

  await goByKeyboard(page, nav.getByRole('link', { name: 'Launch windows' }), 'Launch windows');
  await walkScreen(page, 'launch windows', 30);
  await goByKeyboard(page, page.getByRole('main').getByRole('link', { name: /H-1B/ }).first(), /H-1B/);
  await walkScreen(page, 'launch window', 80);
  await goByKeyboard(page, page.getByRole('link', { name: 'Launch mode' }), /^Launch mode: /);
  await walkScreen(page, 'launch mode', 40);

  await goByKeyboard(page, nav.getByRole('link', { name: 'Settings' }), 'Settings');
  await walkScreen(page, 'settings', 60);

  // The search dialog: Ctrl+K opens it with focus in the box, Tab stays inside, Escape closes
  // it and focus returns to where it was.
  await tabTo(page, nav.getByRole('link', { name: 'Settings' }));
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog');
  await expect(search.getByRole('combobox').or(search.getByRole('searchbox')).first()).toBeFocused();
  // A modal <dialog> makes the page behind it inert: Tab cycles through the dialog and the
  // browser's own controls (activeElement is then <body>), never onto the page behind.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const escaped = await search.evaluate(
      (dialog) => document.activeElement !== document.body && !dialog.contains(document.activeElement),
    );
    expect(escaped).toBe(false);
  }
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeFocused();
});
