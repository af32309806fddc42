import type { UserSummary } from '../../../contract/users';
import { api } from '../api/client';
import { useKeyPagedList } from '../search/useKeyPagedList';

/** The accounts by login, read a page at a time as they scroll; reloaded after every change so lock-outs and last sign-ins stay current. */
export function useUsers() {
  return useKeyPagedList<null, UserSummary>(null, ({ limit, cursor }) => api.users.list({ limit, ...(cursor && { cursor }) }));
}
