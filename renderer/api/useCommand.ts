import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppError, Envelope } from '../../main/contract';

/**
 * One write from a screen: remembers the last failure for an ErrorNotice, and reloads the
 * queries under `refresh` afterwards whether it worked or not (a CONFLICT means what is shown
 * is stale). Resolves to the saved value, or null when refused.
 */
export function useCommand(refresh: readonly QueryKey[]) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const run = async <T>(send: () => Promise<Envelope<T>>): Promise<T | null> => {
    setPending(true);
    setError(null);
    try {
      const result = await send();
      if (!result.ok) setError(result.error);
      await Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      return result.ok ? result.value : null;
    } finally {
      setPending(false);
    }
  };
  return { run, error, pending };
}
