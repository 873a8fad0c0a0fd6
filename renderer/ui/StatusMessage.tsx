import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './forms.css';

/**
 * Short-lived notices ("Family saved.", "Deadline dismissed. Undo") in one polite live region,
 * so screen readers hear them without focus moving. A toast floats over the page and leaves on
 * its own (held while pointed at or focused), so it never lingers onto another screen as the
 * old banner did. A toast with `undo` offers one click back, for reversible actions only.
 */
export interface ToastInput {
  message: string;
  /** Reverses the action; resolves to an error sentence, or null when undone. */
  undo?: () => Promise<string | null>;
}

interface Toast extends ToastInput {
  id: number;
}

const SHOW_MS = 6_000;
const SHOW_WITH_UNDO_MS = 12_000;

const ToastContext = createContext<(toast: ToastInput) => void>(() => {});

export function StatusMessageProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    // Three at most: an older one is already read or stale.
    setToasts((current) => [...current.slice(-2), { ...toast, id }]);
  }, []);
  const remove = useCallback((id: number) => setToasts((current) => current.filter((x) => x.id !== id)), []);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <section className="toasts" aria-label={t('toast.region')}>
        <div role="status" aria-live="polite" className="toast-list">
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDone={() => remove(toast.id)} onShow={show} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastItem({
  toast,
  onDone,
  onShow,
}: {
  toast: Toast;
  onDone: () => void;
  onShow: (toast: ToastInput) => void;
}) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(onDone, toast.undo ? SHOW_WITH_UNDO_MS : SHOW_MS);
    return () => clearTimeout(timer);
  }, [held, onDone, toast.undo]);

  const undo = async () => {
    if (!toast.undo) return;
    setBusy(true);
    const failure = await toast.undo();
    onDone();
    onShow({ message: failure ?? t('toast.undone') });
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointing at a toast only holds it on screen; keyboard users hold it by focusing its buttons
    <div
      className="toast"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.undo && (
        <button type="button" className="button toast-undo" disabled={busy} onClick={() => void undo()}>
          {t('toast.undo')}
        </button>
      )}
      <button
        type="button"
        className="button button-quiet toast-close"
        aria-label={t('toast.dismiss')}
        onClick={onDone}
      >
        ×
      </button>
    </div>
  );
}

/** A toast with a message only (what screens said through the old status line). */
export function useAnnounce() {
  const show = useContext(ToastContext);
  return useCallback((message: string) => show({ message }), [show]);
}

/** A toast, optionally with Undo. */
export function useToast() {
  return useContext(ToastContext);
}
