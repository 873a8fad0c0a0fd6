import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useHashLocation } from 'wouter/use-hash-location';

/**
 * "Leave without saving?" for every way out of a form: a sidebar link, Cancel, search, Back and
 * Forward (all pass through the router's location hook below), and closing the window. Forms
 * register a guard while they hold unsaved changes; their draft is kept either way.
 */
interface Guard {
  dirty: boolean;
  discard: () => void;
}

const guards = new Set<Guard>();
let pending: { go: () => void } | null = null;
/** Set between "Leave" and the location actually changing, so the guards let it through. */
let leaving = false;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}
function setPending(next: { go: () => void } | null) {
  pending = next;
  emit();
}
function anyDirty(): boolean {
  if (leaving) return false;
  for (const guard of guards) if (guard.dirty) return true;
  return false;
}

/**
 * Registers a form's unsaved state. `discard` runs when the person chooses to throw the
 * changes away (it clears the form's draft). Call `release()` right before navigating away
 * after a successful save.
 */
export function useLeaveGuard(
  dirty: boolean,
  discard: () => void,
): { release: () => void; rearm: () => void } {
  const guard = useRef<Guard>({ dirty, discard });
  // Released by a save in flight: re-renders while it finishes (a list reloading) must not
  // re-arm the question before the form navigates away; a refused save re-arms it.
  const released = useRef(false);
  guard.current.dirty = dirty && !released.current;
  guard.current.discard = discard;
  useEffect(() => {
    const own = guard.current;
    guards.add(own);
    return () => {
      guards.delete(own);
    };
  }, []);
  return {
    release: () => {
      released.current = true;
      guard.current.dirty = false;
    },
    rearm: () => {
      released.current = false;
      guard.current.dirty = dirty;
    },
  };
}

type Navigate = ReturnType<typeof useHashLocation>[1];

/**
 * The hash location, held back while a form is dirty: the routes keep showing the form until
 * the person has answered. Back/Forward have already moved the address, so it is put back.
 */
export function useGuardedHashLocation(): [string, Navigate] {
  const [actual, navigateRaw] = useHashLocation();
  const [shown, setShown] = useState(actual);
  const blocked = actual !== shown && anyDirty();

  useEffect(() => {
    if (actual === shown) return;
    if (!anyDirty()) {
      leaving = false;
      setShown(actual);
      return;
    }
    const target = actual;
    history.replaceState(history.state, '', `#${shown}`);
    setPending({ go: () => navigateRaw(target) });
  }, [actual, shown, navigateRaw]);

  const navigate: Navigate = (to, options) => {
    if (anyDirty()) setPending({ go: () => navigateRaw(to, options) });
    else navigateRaw(to, options);
  };
  return [blocked ? shown : actual, navigate];
}
// Links render as "#/clients", as with wouter's own hash location.
useGuardedHashLocation.hrefs = (href: string) => `#${href}`;

/** Closing the window or reloading with unsaved changes: the browser's own question. */
export function useBeforeUnloadGuard() {
  useEffect(() => {
    // Electron would cancel the close silently instead of asking; there the draft (kept on
    // every change) is what protects the work, and the app closes as asked.
    if (navigator.userAgent.includes('Electron')) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!anyDirty()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', onBeforeUnload);
    return () => removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}

/** The question itself: stay (the default), leave keeping the draft, or discard and leave. */
export function LeaveDialog() {
  const { t } = useTranslation();
  const titleId = useId();
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (current && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!current && dialog.open) dialog.close();
  }, [current]);

  const stay = () => {
    setPending(null);
    // Back where the person was typing (or the link they pressed).
    requestAnimationFrame(() => returnFocus.current?.focus());
  };
  const leave = (discard: boolean) => {
    const go = pending?.go;
    if (discard) for (const guard of guards) if (guard.dirty) guard.discard();
    setPending(null);
    leaving = true;
    go?.();
  };
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={stay}
      onClose={() => pending && stay()}
    >
      {current && (
        <>
          <h2 id={titleId}>{t('leaveGuard.title')}</h2>
          <p>{t('leaveGuard.body')}</p>
          <div className="form-actions">
            {/* biome-ignore lint/a11y/noAutofocus: the safe answer takes focus in a confirmation */}
            <button type="button" className="button button-primary" autoFocus onClick={stay}>
              {t('leaveGuard.stay')}
            </button>
            <button type="button" className="button" onClick={() => leave(false)}>
              {t('leaveGuard.leave')}
            </button>
            <button type="button" className="button button-danger" onClick={() => leave(true)}>
              {t('leaveGuard.discard')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
