import { useQuery } from '@tanstack/react-query';
import { fetchValue } from '../../api/client';
import { useCommand } from '../../api/useCommand';

// Under the clients key: saving a client elsewhere also refreshes the family page, and
// a change here refreshes the client list (archived files, next deadline).
export const familyKeys = {
  family: (id: number) => ['clients', 'family', id] as const,
  audit: (id: number) => ['clients', 'audit', id] as const,
};

export function useFamily(id: number) {
  return useQuery({ queryKey: familyKeys.family(id), queryFn: () => fetchValue('clients.family', { id }) });
}

export function useFamilyAudit(clientId: number) {
  return useQuery({
    queryKey: familyKeys.audit(clientId),
    queryFn: () => fetchValue('audit.list', { clientId, limit: 50 }),
  });
}

/** One write from the family page; the family (under the clients key) reloads either way. */
export function useFamilyCommand() {
  return useCommand([['clients']]);
}
