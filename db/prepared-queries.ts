import { getTableName, is, sql, SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './open';

/*
 * Why some drizzle queries are built once. The statement cache
 * (db/statement-cache.ts) spares SQLite's compile, but drizzle still renders
 * the query to SQL text on every call (walking the columns, the conditions and
 * the params): on a check-in that was about a fifth of its JavaScript, eight
 * such queries per call (issue 17). A query written with `sql.placeholder`
 * and `.prepare()` is rendered once; later calls only fill its values. Kept
 * per connection (drizzle's `$client`), so a test's second database never
 * runs on the first one's statements.
 */

const built = new WeakMap<object, Map<string, unknown>>();

/** The connection a drizzle handle (or a write's handle over one, which inherits it) runs on. */
function connectionOf(db: object): object {
  return (db as { $client?: object }).$client ?? db;
}

/**
 * The query `build` makes, built the first time this name is asked on this
 * connection and kept. `build` must give the same query for the same name
 * (everything that varies goes in through placeholders).
 */
export function builtOnce<Q>(db: object, name: string, build: () => Q): Q {
  const client = connectionOf(db);
  let byName = built.get(client);
  if (!byName) built.set(client, (byName = new Map()));
  let query = byName.get(name) as Q | undefined;
  if (query === undefined) byName.set(name, (query = build()));
  return query;
}

/** What may insert: a write's handle (or the write path's own drizzle handle), never a service's read-only `ctx.db`. */
type Inserting = Pick<Db, 'insert'>;

/**
 * Inserts one row as `db.insert(table).values(values).run()` would, the same
 * SQL text and the same stored values, from an insert built once per table
 * and set of columns given. A column whose value is `undefined` takes its
 * default, as drizzle's own insert does, so it is left out of the set.
 * Plain values only: an SQL expression cannot fill a placeholder.
 */
export function insertRow<T extends SQLiteTable>(db: Inserting, table: T, values: T['$inferInsert']): void {
  const row = values as Record<string, unknown>;
  const columns = Object.keys(row).filter((k) => row[k] !== undefined);
  if (columns.some((c) => is(row[c], SQL))) throw new Error(`insertRow(${getTableName(table)}): an SQL value needs db.insert()`);
  const insert = builtOnce(db, `insert ${getTableName(table)} (${columns.join(',')})`, () =>
    db
      .insert(table)
      .values(Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as T['$inferInsert'])
      .prepare(),
  );
  insert.run(row);
}
