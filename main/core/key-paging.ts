import { sql, type SQL } from 'drizzle-orm';
import { COUNT_CAP, encodeCursor, type CappedCount } from '../../contract/key-paging';
import { AppError } from './errors';
import type { ReadDb } from './write-path';

/**
 * A page from rows read with LIMIT `limit + 1`: the extra row only says a
 * next page exists (no second query), and the cursor is the key of the last
 * row shown.
 */
export function pageOf<R>(rows: R[], limit: number, keyOf: (row: R) => unknown): { rows: R[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { rows: shown, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/** How many rows `fromWhere` (`table alias WHERE …`) holds, reading no more than COUNT_CAP + 1 of them. */
export function countCapped(db: ReadDb, fromWhere: SQL): CappedCount {
  const n = db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${fromWhere} LIMIT ${COUNT_CAP + 1})`)?.n ?? 0;
  return { n: Math.min(n, COUNT_CAP), more: n > COUNT_CAP };
}

/** A cursor handed out by the other kind of page (a browsing key while searching, or the reverse): the caller mixed two lists. */
export function foreignCursor(): AppError {
  return new AppError('VALIDATION', 'The cursor belongs to another list.', undefined, [{ path: 'cursor', message: 'invalidType' }]);
}
