import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchValue } from '../../api/client';

export const clientKeys = {
  all: ['clients'] as const,
  one: (id: number) => ['clients', 'one', id] as const,
};

export function useClient(id: number) {
  return useQuery({ queryKey: clientKeys.one(id), queryFn: () => fetchValue('clients.get', { id }) });
}

/** After a save, lists and the record reload from the database (the source of truth). */
export function useInvalidateClients() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: clientKeys.all });
}
