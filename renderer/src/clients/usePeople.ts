import type { PersonSummary } from '../../../contract/clients';
import { api } from '../api/client';
import { usePagedSearch } from '../search/usePagedSearch';

/**
 * One page of everyone in the directory (walk-ins registered at the desk too),
 * searched in main as the desk searches visitors; a new search goes back to page 1.
 * Loaded when its tab is first shown, and again whenever the search changes while shown.
 */
export function usePeople(active: boolean) {
  const { filter, setFilter, ...list } = usePagedSearch<boolean, PersonSummary>(
    false,
    ({ query, filter: withoutClient, limit, offset }) =>
      api.people.list({ ...(query ? { query } : {}), ...(withoutClient ? { withoutClient: true } : {}), limit, offset }),
    active,
  );
  return { ...list, withoutClient: filter, setWithoutClient: setFilter };
}
