import { sql } from 'drizzle-orm';
import { auditLog, auditRedactions } from '../../../db/schema';
import { prevHashKeptOnRedaction, redactedAuditDetail } from '../../audit/audit-log';
import type { WriteTx } from '../../core/write-path';

/*
 * The audit log must not keep what a destruction removed. An entry about a
 * destroyed row (by its id), or whose detail holds one of the destroyed words
 * (title, file name, name, phone), gets its detail replaced by the request's
 * code and is listed in audit_redactions. Its hash stays: the next entry still
 * links to it, and verify (main/audit/chain-walk.ts) checks a listed entry's
 * link (written in here where the entry stored none) and that it says exactly this, not its old content.
 */


/** Words as the log's JSON holds them (escaped as JSON.stringify escapes them); too short to be telling are left out. */
function needles(words: readonly string[]): string[] {
  const kept = words.map((w) => w.trim()).filter((w) => [...w].length >= 2);
  return [...new Set(kept.map((w) => JSON.stringify(w).slice(1, -1)))];
}

/** Redacts every entry naming these ids or words (one pass over the log); returns how many. */
export function redactAudit(tx: WriteTx, request: { id: string; code: string }, ids: readonly string[], words: readonly string[]): number {
  const found = needles(words);
  const byWord = found.length ? sql.join(found.map((w) => sql` OR instr(detail, ${w}) > 0`), sql``) : sql``;
  const entries = tx.all<{ id: string }>(sql`
    SELECT id FROM audit_log
    WHERE (entity_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))${byWord})
      AND id NOT IN (SELECT entry_id FROM audit_redactions)`);
  const detail = redactedAuditDetail(request.code);
  for (const { id } of entries) {
    // A raw statement: the write path's update() stamps this desk's device on the row, which for an entry another
    // desk wrote would move it into this desk's chain (and clash with the (device_id, device_seq) key).
    tx.run(sql`UPDATE ${auditLog} SET detail = ${detail}, prev_hash = ${prevHashKeptOnRedaction} WHERE ${auditLog.id} = ${id}`);
    tx.insert(auditRedactions).values({ entryId: id, requestId: request.id, redactedAt: tx.at }).run();
  }
  return entries.length;
}
