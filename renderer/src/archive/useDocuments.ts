import type { DocumentSummary, SecurityLevel } from '../../../contract/archive';
import { api } from '../api/client';
import { useKeyPagedList } from '../search/useKeyPagedList';

export interface DocumentFilters {
  folderId?: string;
  tag?: string;
  classId?: string;
  security?: SecurityLevel;
  clientId?: string;
  from?: string;
  to?: string;
  pending?: boolean;
}

/** The archive's documents, searched in main (title, pinyin, code, tags, notes, the file's words) within the filters, read a page at a time. */
export function useDocuments() {
  const { filter, setFilter, ...list } = useKeyPagedList<DocumentFilters, DocumentSummary>({}, ({ query, filter: f, limit, cursor, count }) =>
    api.archive.list({
      ...(query ? { query } : {}),
      ...Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== false)),
      limit,
      ...(cursor && { cursor }),
      withCount: count,
    }),
  );
  return { ...list, filters: filter, setFilters: setFilter };
}
