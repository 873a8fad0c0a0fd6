import { useSyncExternalStore } from 'react';
import type { Rehearsal } from '../../../main/contract';

/**
 * The rehearsal running in this app window, per launch window. Kept in memory, not in the URL:
 * the copy it runs on lives only as long as the data service does, so a rehearsal never
 * outlives the session that started it.
 */
const current = new Map<number, Rehearsal>();
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function setRehearsal(windowId: number, rehearsal: Rehearsal | null): void {
  if (rehearsal) current.set(windowId, rehearsal);
  else current.delete(windowId);
  emit();
}

export function useRehearsal(windowId: number): Rehearsal | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current.get(windowId) ?? null,
  );
}
