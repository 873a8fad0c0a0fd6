import type { ClientListQuery } from './useClientRows';

type Filters = NonNullable<ClientListQuery['filters']>;

/** What the client list looked like when the user left it: restored by Back or the sidebar. */
export interface ListMemory {
  filters: Filters;
  sort: NonNullable<ClientListQuery['sort']>;
  direction: NonNullable<ClientListQuery['direction']>;
  scrollTop: number;
  /** The family last opened from the list, marked and focused on return. */
  selectedId: number | null;
}

const KEY = 'caseport.clientList';
export const DEFAULT_FILTERS: Filters = { archived: 'exclude' };
const DEFAULTS: ListMemory = {
  filters: DEFAULT_FILTERS,
  sort: 'name',
  direction: 'asc',
  scrollTop: 0,
  selectedId: null,
};

/**
 * Kept for the session (sessionStorage: gone when the app closes, never on disk with client
 * names in it beyond that), so leaving for a family and coming back never resets the work.
 */
export function readListMemory(): ListMemory {
  try {
    const saved = globalThis.sessionStorage?.getItem(KEY);
    return saved ? { ...DEFAULTS, ...(JSON.parse(saved) as Partial<ListMemory>) } : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

export function writeListMemory(patch: Partial<ListMemory>): void {
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify({ ...readListMemory(), ...patch }));
  } catch {
    // Storage full or blocked: the list still works, it only forgets.
  }
}
