import { type RefObject, useEffect, useRef } from 'react';

/**
 * A native modal <dialog> opened on mount (focus stays inside, Escape closes), and focus put
 * back on whatever opened it (the trigger) when it goes away: while a modal is open everything
 * outside it is inert, so the browser cannot do that for us.
 */
export function useModal(): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    // Guarded: StrictMode runs this twice, and a second showModal() on an open dialog throws.
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      // After the dialog has left the DOM, so the trigger is no longer inert.
      requestAnimationFrame(() => {
        if (trigger?.isConnected) trigger.focus();
      });
    };
  }, []);
  return dialogRef;
}
