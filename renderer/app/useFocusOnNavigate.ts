import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/** Routes that are a form: focus goes to its first field rather than the heading. */
const FORM_ROUTE = /^\/clients\/(new|\d+\/edit|\d+\/dependants\/(new|\d+\/edit))$/;
const WAIT_MS = 3_000;

/**
 * After a navigation, focus moves to the new page's heading (or a form's first field), so a
 * screen reader announces where the person landed and Tab starts from the page, not from the
 * link they pressed. Pages that load data render their heading late: it is awaited briefly.
 * Focus someone already moved on purpose (a search result, an autofocus field) is left alone.
 */
export function useFocusOnNavigate() {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    const startedAt = performance.now();
    // What had focus when the page changed (usually the link pressed): if the person moves focus
    // on while the heading is still loading (a Tab, a click), they lead and nothing is stolen back.
    const activeAtStart = document.activeElement;
    let frame = 0;
    const tryFocus = () => {
      const active = document.activeElement;
      // Something inside the page took focus on its own: respect it.
      if (active && active !== document.body && active !== main && main.contains(active)) return;
      if (active && active !== activeAtStart && active !== document.body && active !== main) return;
      // A dialog (the leave question) is open: it owns focus.
      if (document.querySelector('dialog[open]')) return;
      const target = FORM_ROUTE.test(location) ? firstField(main) : main.querySelector<HTMLElement>('h1');
      if (target) {
        if (target.tagName === 'H1' && !target.hasAttribute('tabindex'))
          target.setAttribute('tabindex', '-1');
        target.focus();
        return;
      }
      if (performance.now() - startedAt < WAIT_MS) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [location]);
}

function firstField(main: HTMLElement): HTMLElement | null {
  return main.querySelector<HTMLElement>(
    'form input:not([type=hidden]):not([disabled]), form select:not([disabled]), form textarea:not([disabled])',
  );
}
