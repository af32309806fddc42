import { sql } from 'drizzle-orm';
import type { WriteTx } from '../../core/write-path';

/*
 * The search index is FTS5 (contentless_delete=1): a deleted row leaves a
 * tombstone and its tokens stay in the old segments until they are merged.
 * After a destruction every search table is merged into one new segment
 * ('optimize'), and the old segments' pages are freed under secure_delete
 * (zeroed), so no token of what was destroyed stays in the file.
 */
export function purgeSearchSegments(tx: WriteTx): string[] {
  const tables = tx
    .all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search\_%' ESCAPE '\\' AND sql LIKE '%fts5%'`)
    .map((t) => t.name);
  for (const t of tables) tx.run(sql.raw(`INSERT INTO "${t}" ("${t}") VALUES ('optimize')`));
  return tables;
}
