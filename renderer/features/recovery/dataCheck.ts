import { useQuery } from '@tanstack/react-query';
import type { DataCheck } from '../../../main/contract';
import { fetchValue } from '../../api/client';

export const appStatusKey = ['app', 'status'] as const;

/** While the data service is still checking the data file in the background, ask again this often. */
const CHECKING_POLL_MS = 2000;

/**
 * app.status, shared by the recovery gate and the data-check warning. Fetched once; asked again
 * only while the background check of the data file and its history is still running.
 */
export function useAppStatus() {
  return useQuery({
    queryKey: appStatusKey,
    queryFn: () => fetchValue('app.status', {}),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: (query) => {
      const data = query.state.data;
      return data?.state === 'ready' && data.dataCheck.state === 'checking' ? CHECKING_POLL_MS : false;
    },
  });
}

/** The latest check of the data file and its change history, once the data is open. */
export function useDataCheck(): DataCheck | null {
  const status = useAppStatus();
  return status.data?.state === 'ready' ? status.data.dataCheck : null;
}
