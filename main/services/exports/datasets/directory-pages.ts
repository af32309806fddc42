import type { CappedCount } from '../../../../contract/key-paging';
import type { ExportRow } from '../cells';
import type { DatasetReader } from './types';

interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
  count?: CappedCount;
}

/**
 * A directory list (clients, people) read whole through its own channel's
 * function: page after page by the cursor it hands out, exactly as the
 * screen pages it. The first page also counts the rows (capped as the list
 * caps it; the bar then grows with the rows).
 */
export function directoryPages<T>(
  list: (cursor: string | undefined, count: boolean) => ListPage<T>,
  toRow: (item: T, ids: Map<string, string>) => ExportRow,
  idNumbers: (items: T[]) => Map<string, string>,
  /** The whole directory counted exactly, for a list larger than the capped count. */
  exactCount: () => number,
): DatasetReader {
  const first = list(undefined, true);
  let pending: T[] | null = first.items;
  let cursor = first.nextCursor;
  return {
    total: first.count?.more ? exactCount() : (first.count?.n ?? first.items.length),
    next() {
      let items = pending;
      pending = null;
      if (!items) {
        if (cursor === null) return [];
        const page = list(cursor, false);
        items = page.items;
        cursor = page.nextCursor;
      }
      const ids = idNumbers(items);
      return items.map((item) => toRow(item, ids));
    },
  };
}
