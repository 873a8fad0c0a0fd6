import { describe, expect, it } from 'vitest';
import {
  isAppRoute,
  type NavigableWindow,
  openRoute,
  reminderTarget,
  routeForTarget,
} from '../../../main/shell/deep-link';

function fakeWindow(minimized = false) {
  const calls: string[] = [];
  const window: NavigableWindow = {
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
    navigate: (route) => calls.push(`navigate ${route}`),
  };
  return { window, calls };
}

describe('deep link from a notification to a family', () => {
  it('opens the family of a reminder about one deadline', () => {
    const target = reminderTarget({ target: { clientId: 42, deadlineId: 7 } });
    expect(target).toEqual({ clientId: 42, deadlineId: 7 });
    expect(routeForTarget(target)).toBe('/clients/42');
  });

  it('opens the dashboard for a digest across families', () => {
    expect(reminderTarget({ target: null })).toBeNull();
    expect(routeForTarget(null)).toBe('/dashboard');
  });

  it('trusts only a positive whole id, never a string from the worker', () => {
    expect(reminderTarget({ target: { clientId: '42/../../settings', deadlineId: 1 } })).toBeNull();
    expect(reminderTarget({ target: { clientId: -1, deadlineId: 1 } })).toBeNull();
    expect(reminderTarget({ target: { clientId: 3, deadlineId: 'x' } })).toEqual({
      clientId: 3,
      deadlineId: null,
    });
    expect(isAppRoute('/clients/3')).toBe(true);
    expect(isAppRoute('https://example.com')).toBe(false);
    expect(isAppRoute('//evil')).toBe(false);
    expect(isAppRoute('/clients/3?x=<script>')).toBe(false);
  });

  it('brings a minimized window forward and moves it to the family without reloading', () => {
    const { window, calls } = fakeWindow(true);
    const opened: string[] = [];
    openRoute(
      {
        getWindow: () => window,
        openWindow: (route) => {
          opened.push(route);
          return window;
        },
      },
      '/clients/42',
    );
    expect(calls).toEqual(['restore', 'show', 'focus', 'navigate /clients/42']);
    expect(opened).toEqual([]);
  });

  it('opens a new window at the family when the window was closed (running in the tray)', () => {
    const { window } = fakeWindow();
    const opened: string[] = [];
    openRoute(
      {
        getWindow: () => null,
        openWindow: (route) => {
          opened.push(route);
          return window;
        },
      },
      '/clients/42',
    );
    expect(opened).toEqual(['/clients/42']);
  });

  it('brings the window back where the person left it when no route is asked (tray, Dock, second launch)', () => {
    const { window, calls } = fakeWindow(true);
    openRoute({ getWindow: () => window, openWindow: () => window }, null);
    expect(calls).toEqual(['restore', 'show', 'focus']);
    const opened: string[] = [];
    openRoute(
      {
        getWindow: () => null,
        openWindow: (route) => {
          opened.push(route);
          return window;
        },
      },
      null,
    );
    expect(opened).toEqual(['/']);
  });

  it('ignores a route that is not one of the app’s', () => {
    const { window, calls } = fakeWindow();
    openRoute({ getWindow: () => window, openWindow: () => window }, 'javascript:alert(1)');
    expect(calls).toEqual([]);
  });
});
