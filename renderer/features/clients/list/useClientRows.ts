import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useReducer } from 'react';
import type { ChannelInput, ClientListItem, ClientPage } from '../../../../main/contract';
import { fetchValue } from '../../../api/client';

/** Rows are fetched in chunks as they scroll into view; 100,000 clients never load at once. */
export const CHUNK_SIZE = 200;

export type ClientListQuery = Omit<ChannelInput<'clients.list'>, 'limit' | 'offset'>;

const chunkKey = (query: ClientListQuery, chunk: number) => ['clients', 'rows', query, chunk] as const;

export function useClientRows(query: ClientListQuery) {
  const queryClient = useQueryClient();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const load = useCallback(
    (chunk: number) => () =>
      fetchValue('clients.list', { ...query, limit: CHUNK_SIZE, offset: chunk * CHUNK_SIZE }),
    [query],
  );
  // The first chunk also tells the total, which sizes the scroll area.
  const first = useQuery({
    queryKey: chunkKey(query, 0),
    queryFn: load(0),
    placeholderData: (previous) => previous,
  });

  const rowAt = useCallback(
    (index: number): ClientListItem | undefined => {
      const chunk = Math.floor(index / CHUNK_SIZE);
      return queryClient.getQueryData<ClientPage>(chunkKey(query, chunk))?.items[index % CHUNK_SIZE];
    },
    [queryClient, query],
  );

  /** Fetches the chunks covering rows [start, end] that are not loaded yet (in-flight ones are shared). */
  const ensureRows = useCallback(
    (start: number, end: number) => {
      for (let chunk = Math.floor(start / CHUNK_SIZE); chunk <= Math.floor(end / CHUNK_SIZE); chunk += 1) {
        if (queryClient.getQueryData(chunkKey(query, chunk))) continue;
        void queryClient
          .fetchQuery({ queryKey: chunkKey(query, chunk), queryFn: load(chunk) })
          .then(rerender, rerender);
      }
    },
    [queryClient, query, load],
  );

  return { first, total: first.data?.total ?? 0, rowAt, ensureRows };
}
