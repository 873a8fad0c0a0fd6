import { useQuery } from '@tanstack/react-query';
import type { HistoryCheck } from '../../../main/contract';
import { fetchValue } from '../../api/client';

export const appStatusKey = ['app', 'status'] as const;

/** While the data service is still walking the change history, ask again this often. */
const CHECKING_POLL_MS = 2000;

/**
 * app.status, shared by the recovery gate and the history warning. Fetched once; asked again
 * only while the background check of the change history is still running.
 */
export function useAppStatus() {
  return useQuery({
    queryKey: appStatusKey,
    queryFn: () => fetchValue('app.status', {}),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: (query) => {
      const data = query.state.data;
      return data?.state === 'ready' && data.history.state === 'checking' ? CHECKING_POLL_MS : false;
    },
  });
}

/** The latest check of the change history, once the data is open. */
export function useHistoryCheck(): HistoryCheck | null {
  const status = useAppStatus();
  return status.data?.state === 'ready' ? status.data.history : null;
}
