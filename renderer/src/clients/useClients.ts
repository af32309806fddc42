import type { ClientSummary, ClientTier } from '../../../contract/clients';
import { api } from '../api/client';
import { useKeyPagedList } from '../search/useKeyPagedList';

/**
 * The client directory, searched in main (characters, pinyin, initials or tag)
 * and optionally one tier, read a page at a time as it scrolls; a new search starts from the top.
 */
export function useClients() {
  const { filter, setFilter, ...list } = useKeyPagedList<ClientTier | undefined, ClientSummary>(undefined, ({ query, filter: tier, limit, cursor, count }) =>
    api.clients.list({ ...(query ? { query } : {}), ...(tier ? { tier } : {}), limit, ...(cursor && { cursor }), ...(count && { count }) }),
  );
  return { ...list, tier: filter, setTier: setFilter };
}
