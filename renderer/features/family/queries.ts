import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppError, Envelope } from '../../../main/contract';
import { fetchValue } from '../../api/client';

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

/**
 * One write from the family page: remembers the last failure for an ErrorNotice, and reloads
 * the family afterwards whether it worked or not (a CONFLICT means what is shown is stale).
 */
export function useFamilyCommand() {
  const queryClient = useQueryClient();
  const [error, setError] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const run = async (send: () => Promise<Envelope<unknown>>): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      const result = await send();
      if (!result.ok) setError(result.error);
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
      return result.ok;
    } finally {
      setPending(false);
    }
  };
  return { run, error, pending };
}
