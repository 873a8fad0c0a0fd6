import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import type { Deadline } from '../../../main/contract';
import type { ApiContext } from '../../../main/data-service/context';
import { dispatch } from '../../../main/data-service/dispatch';
import { ReminderRunner } from '../../../main/reminders/runner';
import {
  BackgroundReminders,
  onWindowClose,
  quitWhenAllWindowsClosed,
  type ShellNotification,
} from '../../../main/shell/background-policy';
import {
  DEFAULT_SHELL_SETTINGS,
  parseShellSettings,
  type ShellSettings,
} from '../../../main/shell/shell-settings';
import { createClient } from '../support/families';
import { ok, openTestDatabase, setUpFirm, steppingClock, testContext } from '../support/test-database';

// The real reminder runner (as the data-service worker runs it) on a real database, with the
// clock and timers injected, feeding the shell's background policy with a recording notifier.
// The firm is in Toronto; a biometrics deadline on 3 March, reminded one day before, is due a
// reminder at the firm's send time on 2 March.
let database: OpenedDatabase;
let ctx: ApiContext;
let now: number;
let timers: Array<{ at: number; callback: () => void }>;
let shown: ShellNotification[];
let opened: string[];
let settings: ShellSettings;

beforeEach(async () => {
  database = openTestDatabase();
  ctx = testContext(database, steppingClock('2026-03-01T12:00:00.000Z'));
  await setUpFirm(ctx);
  now = Date.parse('2026-03-01T12:00:00Z');
  timers = [];
  shown = [];
  opened = [];
  settings = { ...DEFAULT_SHELL_SETTINGS };
});
afterEach(() => database.sqlite.close());

function shell(platform: NodeJS.Platform) {
  return new BackgroundReminders({
    platform,
    settings: () => settings,
    updateSettings: (change) => {
      settings = { ...settings, ...change };
    },
    notifier: { isSupported: () => true, show: (n) => shown.push(n) },
    open: (route) => opened.push(route),
    hint: { title: 'Caseport is still running', body: 'Reminders will keep arriving.' },
  });
}

function runnerFor(background: BackgroundReminders) {
  return new ReminderRunner({
    db: database.db,
    clock: { now: () => now },
    show: (n) => background.reminder(n),
    timers: {
      setTimeout: (callback, ms) => {
        const timer = { at: now + ms, callback };
        timers.push(timer);
        return timer;
      },
      clearTimeout: (handle) => {
        timers = timers.filter((t) => t !== handle);
      },
    },
  });
}

/** Moves the clock forward, firing the runner's timers as they come due. */
async function advanceTo(iso: string) {
  const end = Date.parse(iso);
  for (;;) {
    const next = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
    if (!next) break;
    timers = timers.filter((t) => t !== next);
    now = next.at;
    next.callback();
    await new Promise((resolve) => setImmediate(resolve));
  }
  now = end;
}

async function familyWithBiometricsDue(dueOn: string) {
  const client = await createClient(ctx, { givenNames: 'Amara', familyName: 'Okafor' });
  ok<Deadline>(
    dispatch(ctx, 'deadlines.create', {
      clientId: client.id,
      kind: 'biometrics',
      title: '',
      dueOn,
      leadTimes: [1],
    }),
  );
  return client;
}

describe('background reminders when the window is closed', () => {
  it('keeps running (the default): the window hides, a reminder arrives later and its click opens the family', async () => {
    const client = await familyWithBiometricsDue('2026-03-03');
    const background = shell('win32');
    const runner = runnerFor(background);
    await runner.start(); // 1 March: nothing is due yet
    expect(shown).toEqual([]);

    expect(background.windowClosing()).toBe('hide');
    expect(background.allWindowsClosed()).toBe('stay');
    // The first close says once that Caseport is still running.
    expect(shown.map((n) => n.title)).toEqual(['Caseport is still running']);
    expect(settings.backgroundHintShown).toBe(true);

    await advanceTo('2026-03-02T13:05:00Z');
    expect(shown.map((n) => n.title)).toEqual([
      'Caseport is still running',
      'Deadline: Biometrics – Amara Okafor',
    ]);
    shown[1]?.onClick?.();
    expect(opened).toEqual([`/clients/${client.id}`]);

    // Closing again does not repeat the notice.
    background.windowClosing();
    expect(shown).toHaveLength(2);
    runner.stop();
  });

  it('quits on Windows and Linux when the setting is off, so no reminder is shown until the next start', async () => {
    await familyWithBiometricsDue('2026-03-03');
    settings = { ...settings, keepRunning: false };
    const background = shell('win32');
    const runner = runnerFor(background);
    await runner.start();
    expect(background.windowClosing()).toBe('close');
    expect(background.allWindowsClosed()).toBe('quit');
    runner.stop(); // what quitting does to the data service

    await advanceTo('2026-03-02T13:05:00Z');
    expect(shown).toEqual([]);

    // Next start catches up at once on what came due while it was closed.
    const restarted = runnerFor(shell('win32'));
    await restarted.start();
    expect(shown.map((n) => n.title)).toEqual(['Deadline: Biometrics – Amara Okafor']);
    restarted.stop();
  });

  it('stays alive on macOS even with the setting off (apps live in the Dock), and a real Quit always closes', () => {
    settings = { ...settings, keepRunning: false };
    expect(quitWhenAllWindowsClosed(settings, 'darwin')).toBe(false);
    expect(quitWhenAllWindowsClosed(settings, 'linux')).toBe(true);
    const background = shell('darwin');
    settings = { ...settings, keepRunning: true };
    background.quitRequested();
    expect(background.windowClosing()).toBe('close');
    expect(onWindowClose(settings, true)).toBe('close');
  });

  it('reads damaged settings as the defaults, value by value', () => {
    expect(parseShellSettings({ keepRunning: 'yes', openAtLogin: true })).toEqual({
      keepRunning: true,
      openAtLogin: true,
      backgroundHintShown: false,
    });
    expect(parseShellSettings(null)).toEqual(DEFAULT_SHELL_SETTINGS);
  });
});
