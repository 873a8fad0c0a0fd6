import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppError, Envelope } from '../../../main/contract';
import { fetchValue } from '../../api/client';

export const launchKeys = {
  all: ['launchWindows'] as const,
  list: ['launchWindows', 'list'] as const,
  queue: (id: number) => ['launchWindows', 'queue', id] as const,
  report: (id: number) => ['launchWindows', 'report', id] as const,
};

export function useLaunchWindows() {
  return useQuery({ queryKey: launchKeys.list, queryFn: () => fetchValue('launchWindows.list', {}) });
}

/** The window with its queue, readiness and cap: what every launch screen reads. */
export function useLaunchQueue(windowId: number) {
  return useQuery({
    queryKey: launchKeys.queue(windowId),
    queryFn: () => fetchValue('launchWindows.queue', { windowId }),
  });
}

export function useLaunchReport(windowId: number) {
  return useQuery({
    queryKey: launchKeys.report(windowId),
    queryFn: () => fetchValue('launchWindows.report', { windowId }),
  });
}

/**
 * One write from a launch screen: keeps the last failure for an ErrorNotice and reloads the
 * window's data (and client files, which enrolment and submissions change) either way.
 */
export function useLaunchCommand() {
  const queryClient = useQueryClient();
  const [error, setError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const run = async <T>(send: () => Promise<Envelope<T>>): Promise<T | null> => {
    setPending(true);
    setError(null);
    try {
      const result = await send();
      if (!result.ok) setError(result.error);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: launchKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['clients'] }),
      ]);
      return result.ok ? result.value : null;
    } finally {
      setPending(false);
    }
  };
  return { run, error, pending, clearError: () => setError(null) };
}
