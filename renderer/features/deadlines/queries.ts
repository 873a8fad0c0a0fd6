import { useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../main/contract';
import { fetchValue } from '../../api/client';
import { useCommand } from '../../api/useCommand';

/**
 * Deadline reads. Everything sits under the 'clients' key like the family page, so one
 * invalidation after a write refreshes the family, the client list (next deadline), the
 * dashboard and the Deadlines screen together.
 */
export const deadlineKeys = {
  dashboard: (input: ChannelInput<'deadlines.dashboard'>) =>
    ['clients', 'deadlines', 'dashboard', input] as const,
  dayCounts: (input: ChannelInput<'deadlines.dayCounts'>) =>
    ['clients', 'deadlines', 'dayCounts', input] as const,
  list: (filters: ChannelInput<'deadlines.list'>) => ['clients', 'deadlines', 'list', filters] as const,
  explain: (id: number, version: number) => ['clients', 'deadlines', 'explain', id, version] as const,
};

export function useDashboard(input: ChannelInput<'deadlines.dashboard'> = {}) {
  return useQuery({
    queryKey: deadlineKeys.dashboard(input),
    queryFn: () => fetchValue('deadlines.dashboard', input),
    placeholderData: (previous) => previous,
  });
}

/** The month view's per-day counts. */
export function useDayCounts(input: ChannelInput<'deadlines.dayCounts'>) {
  return useQuery({
    queryKey: deadlineKeys.dayCounts(input),
    queryFn: () => fetchValue('deadlines.dayCounts', input),
    placeholderData: (previous) => previous,
  });
}

export function useDeadlineList(filters: ChannelInput<'deadlines.list'>) {
  return useQuery({
    queryKey: deadlineKeys.list(filters),
    queryFn: () => fetchValue('deadlines.list', filters),
    // Paging keeps the current page on screen until the next one arrives.
    placeholderData: (previous) => previous,
  });
}

/** Loaded only when "why this date?" is opened; the version in the key refetches after a change. */
export function useExplanation(id: number, version: number, enabled: boolean) {
  return useQuery({
    queryKey: deadlineKeys.explain(id, version),
    queryFn: () => fetchValue('deadlines.explain', { id }),
    enabled,
  });
}

/** One deadline write; every deadline view lives under the clients key and reloads. */
export function useDeadlineCommand() {
  return useCommand([['clients']]);
}
