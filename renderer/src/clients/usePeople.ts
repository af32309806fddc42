import type { PersonSummary } from '../../../contract/clients';
import { api } from '../api/client';
import { useKeyPagedList } from '../search/useKeyPagedList';

/**
 * Everyone in the directory (walk-ins registered at the desk too), searched
 * in main as the desk searches visitors, read a page at a time as it scrolls;
 * a new search starts from the top. Loaded when its tab is first shown, and
 * again whenever the search changes while shown.
 */
export function usePeople(active: boolean) {
  const { filter, setFilter, ...list } = useKeyPagedList<boolean, PersonSummary>(
    false,
    ({ query, filter: withoutClient, limit, cursor, count }) =>
      api.people.list({ ...(query ? { query } : {}), ...(withoutClient ? { withoutClient: true } : {}), limit, ...(cursor && { cursor }), ...(count && { count }) }),
    active,
  );
  return { ...list, withoutClient: filter, setWithoutClient: setFilter };
}
