import type Database from 'better-sqlite3';
import { builtOnce } from './prepared-queries';

/*
 * Why drizzle gets a caching client. drizzle-orm's better-sqlite3 session
 * prepares every query it runs (`client.prepare(sql)`), every time: on a
 * check-in that was a dozen statements compiled per call, 1.5–2 ms of the
 * 5 ms budget (issue 17). Its values are always bound parameters, so the same
 * query shape is the same SQL text: one statement per text, prepared once and
 * kept, serves every later call. Only drizzle's handle goes through this:
 * code that prepares on the raw connection keeps its own statements (and the
 * modes it set on them, `pluck()` and the like), never shared with another.
 */

/** Distinct query texts kept per connection; the least recently used goes first (IN lists of varying length make new texts). */
export const STATEMENT_CACHE_SIZE = 300;

/** What drizzle's better-sqlite3 session calls on its client. */
type Prepare = Database.Database['prepare'];

function cachingPrepare(sqlite: Database.Database, size: number): Prepare {
  const kept = new Map<string, Database.Statement>();
  return ((source: string) => {
    const found = kept.get(source);
    // A statement still stepping (an iterate() not yet finished) cannot serve a second caller: that one gets its own.
    if (found && !found.busy) {
      kept.delete(source);
      kept.set(source, found);
      // drizzle turns `raw()` on for rows it maps by column; a plain read of the same text expects objects.
      if (found.reader) found.raw(false);
      return found;
    }
    const stmt = sqlite.prepare(source);
    if (found) return stmt;
    kept.set(source, stmt);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return stmt;
  }) as Prepare;
}

/**
 * The connection as drizzle sees it: the same native handle (every other
 * member passes through, bound to it), with `prepare` answered from the cache.
 */
export function cachingClient(sqlite: Database.Database, size = STATEMENT_CACHE_SIZE): Database.Database {
  const prepare = cachingPrepare(sqlite, size);
  return new Proxy(sqlite, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * A fixed query text of one module, prepared once per connection: for code on
 * the raw connection that runs the same text on every write (the search
 * index's flush). Kept as builtOnce keeps drizzle's built queries (one memo
 * per connection). The caller owns the statement's modes: it must never turn
 * `pluck()`/`raw()` on a text another caller reads plainly, and it must finish
 * each use (`all`, `get`, `run`, never a pending `iterate`).
 */
export function preparedOnce(sqlite: Database.Database, source: string): Database.Statement {
  return builtOnce(sqlite, `sql: ${source}`, () => sqlite.prepare(source));
}
