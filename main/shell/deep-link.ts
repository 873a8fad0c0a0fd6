import type { MenuCommand } from './menu-template';

/**
 * Where a notification click or a menu item takes the window. The data service sends a
 * reminder's subject as `{ clientId, deadlineId }` (never a URL), and main builds the route here
 * from a validated id, so nothing the worker or a database row says can point the window elsewhere.
 */
export interface ReminderTarget {
  clientId: number;
  deadlineId: number | null;
}

const isRecordId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** The family to open, or null (a digest across families opens the dashboard). */
export function reminderTarget(event: { target?: unknown }): ReminderTarget | null {
  const target = event.target as { clientId?: unknown; deadlineId?: unknown } | null | undefined;
  if (!target || !isRecordId(target.clientId)) return null;
  return { clientId: target.clientId, deadlineId: isRecordId(target.deadlineId) ? target.deadlineId : null };
}

export function routeForTarget(target: ReminderTarget | null): string {
  return target ? `/clients/${target.clientId}` : '/dashboard';
}

/** Menu items that open a screen. `back-up-now` and the settings toggles act in main instead. */
const COMMAND_ROUTES: Partial<Record<MenuCommand, string>> = {
  'new-client': '/clients/new',
  import: '/import',
  'export-deadlines': '/deadlines',
  'export-launch-report': '/launch-windows',
  settings: '/settings',
};

export function routeForCommand(command: MenuCommand): string | null {
  return COMMAND_ROUTES[command] ?? null;
}

/** Hash routes the shell may send: a path of letters, digits, dashes and slashes. */
export function isAppRoute(route: string): boolean {
  return /^\/[a-z0-9\-/]*$/i.test(route) && !route.includes('//');
}

/** The part of a BrowserWindow the navigator needs (faked in tests). */
export interface NavigableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  /** Tells the page to move to `route` (the renderer's `navigate` bridge event). */
  navigate(route: string): void;
}

export interface NavigatorDeps {
  getWindow: () => NavigableWindow | null;
  /** Opens a new window showing `route` first (the window was closed, e.g. running in the tray). */
  openWindow: (route: string) => NavigableWindow;
}

/**
 * Brings the window forward, opening one if none is open, and shows `route`. Without a route (the
 * tray icon, the Dock, a second launch) the window comes back on the screen the person left.
 */
export function openRoute(deps: NavigatorDeps, route: string | null): void {
  if (route !== null && !isAppRoute(route)) return;
  const window = deps.getWindow();
  if (!window) {
    deps.openWindow(route ?? '/');
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  if (route !== null) window.navigate(route);
}
