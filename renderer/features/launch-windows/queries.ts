import { useQuery } from '@tanstack/react-query';
import { fetchValue } from '../../api/client';
import { useCommand } from '../../api/useCommand';

export const launchKeys = {
  all: ['launchWindows'] as const,
  list: ['launchWindows', 'list'] as const,
  queue: (id: number, rehearsalId?: string) => ['launchWindows', 'queue', id, rehearsalId ?? 'real'] as const,
  report: (id: number) => ['launchWindows', 'report', id] as const,
};

export function useLaunchWindows() {
  return useQuery({ queryKey: launchKeys.list, queryFn: () => fetchValue('launchWindows.list', {}) });
}

/**
 * The window with its queue, readiness and cap: what every launch screen reads (a rehearsal
 * reads its copy). `live`: launch mode re-reads every few seconds, so two people working the
 * same window see each other's recordings without reloading.
 */
export function useLaunchQueue(windowId: number, rehearsalId?: string, live = false) {
  return useQuery({
    queryKey: launchKeys.queue(windowId, rehearsalId),
    ...(live && { refetchInterval: 5000 }),
    queryFn: () =>
      fetchValue('launchWindows.queue', { windowId, ...(rehearsalId !== undefined && { rehearsalId }) }),
  });
}

/** Writes from the readiness screen fix client files (passports, documents): those screens reload too. */
export function useFixCommand() {
  return useCommand([launchKeys.all, ['clients'], ['family']]);
}

export function useLaunchReport(windowId: number) {
  return useQuery({
    queryKey: launchKeys.report(windowId),
    queryFn: () => fetchValue('launchWindows.report', { windowId }),
  });
}

/** One write from a launch screen: the window's data and client files (enrolment changes them) reload. */
export function useLaunchCommand() {
  return useCommand([launchKeys.all, ['clients']]);
}
