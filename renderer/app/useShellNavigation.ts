import { useEffect } from 'react';
import { useLocation } from 'wouter';

/** Same rule as main/shell/deep-link.ts isAppRoute: a plain hash route, nothing else. */
const APP_ROUTE = /^\/[a-z0-9\-/]*$/i;

/**
 * Follows the desktop shell's `navigate` events (menu items, the tray, a reminder clicked while
 * the window was open) without reloading the page. The browser preview sends none.
 */
export function useShellNavigation(): void {
  const [, navigate] = useLocation();
  useEffect(
    () =>
      window.caseport?.on?.('navigate', (route) => {
        if (typeof route === 'string' && APP_ROUTE.test(route) && !route.includes('//')) navigate(route);
      }),
    [navigate],
  );
}
