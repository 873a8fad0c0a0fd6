import { useQuery } from '@tanstack/react-query';
import { fetchValue } from '../../api/client';

/** The firm's application types with their checklist templates (built-in and its own). */
export function useApplicationTypes() {
  return useQuery({
    queryKey: ['applicationTypes'],
    queryFn: () => fetchValue('applicationTypes.list', {}),
    staleTime: 60_000,
  });
}
