import { type RefObject, useEffect, useRef, useState } from 'react';

/**
 * A native modal <dialog> opened on mount (focus stays inside, Escape closes), and focus put
 * back on whatever opened it (the trigger) when it goes away: while a modal is open everything
 * outside it is inert, so the browser cannot do that for us.
 */
export function useModal(): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Read while rendering, before the dialog takes focus: that is the trigger.
  const [trigger] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => {
    const dialog = dialogRef.current;
    // Guarded: StrictMode runs this twice, and a second showModal() on an open dialog throws.
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      // Once the dialog has left the page (StrictMode's rehearsal unmount leaves it in place),
      // the trigger is no longer inert and can take focus back.
      requestAnimationFrame(() => {
        if (!dialog?.isConnected && trigger?.isConnected) trigger.focus();
      });
    };
  }, [trigger]);
  return dialogRef;
}
