import type { ClientSummary, ClientTier } from '../../../contract/clients';
import { api } from '../api/client';
import { usePagedSearch } from '../search/usePagedSearch';

/**
 * One page of the client directory, searched in main (characters, pinyin,
 * initials or tag) and optionally one tier; a new search goes back to page 1.
 */
export function useClients() {
  const { filter, setFilter, ...list } = usePagedSearch<ClientTier | undefined, ClientSummary>(undefined, ({ query, filter: tier, limit, offset }) =>
    api.clients.list({ ...(query ? { query } : {}), ...(tier ? { tier } : {}), limit, offset }),
  );
  return { ...list, tier: filter, setTier: setFilter };
}
