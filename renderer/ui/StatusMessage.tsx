import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { useLocation } from 'wouter';

/**
 * A polite live region for "Client saved."-style confirmations. A message survives exactly one
 * navigation (the save that navigates to the saved record) and clears on the next.
 */
const StatusContext = createContext<(message: string) => void>(() => {});

export function StatusMessageProvider({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [state, setState] = useState<{ message: string; at: string | null }>({ message: '', at: null });

  useEffect(() => {
    setState((current) => {
      if (!current.message) return current;
      if (current.at === null) return { ...current, at: location };
      return current.at === location ? current : { message: '', at: null };
    });
  }, [location]);

  const announce = useCallback((message: string) => setState({ message, at: null }), []);
  return (
    <StatusContext.Provider value={announce}>
      <p
        role="status"
        aria-live="polite"
        className={state.message ? 'notice notice-success status-message' : 'visually-hidden'}
      >
        {state.message}
      </p>
      {children}
    </StatusContext.Provider>
  );
}

export function useAnnounce() {
  return useContext(StatusContext);
}
