import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/open';
import { builtOnce, insertRow } from '../../db/prepared-queries';
import type { ReadDb } from '../core/write-path';
import { auditLog } from '../../db/schema';
import { ChainWalk } from './chain-walk';
import { entryHash, GENESIS } from './entry-hash';

export { entryHash, GENESIS, redactedAuditDetail } from './entry-hash';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** Masked values only: the log must never become a second copy of sensitive data. */
  detail: Record<string, unknown>;
}

/** A device's newest entry, read down the (device_id, device_seq) index: one row, never a count of the log. */
export function lastEntryOf(db: ReadDb, deviceId: string): { id: string; hash: string; deviceSeq: number } | undefined {
  return builtOnce(db, 'audit_log: last entry of device', () =>
    db
      .select({ id: auditLog.id, hash: auditLog.hash, deviceSeq: auditLog.deviceSeq })
      .from(auditLog)
      .where(eq(auditLog.deviceId, sql.placeholder('deviceId')))
      .orderBy(desc(auditLog.deviceSeq))
      .limit(1)
      .prepare(),
  ).get({ deviceId });
}

/**
 * What an entry stores of its link since migration 0017: nothing. Its
 * predecessor is always its own device's previous entry (device_seq − 1, or the
 * genesis for the first), which verify reads from that row; the hash still
 * covers the predecessor's hash, so the chain is as strong as when each entry
 * repeated it (64 + 36 bytes an entry saved). Older entries keep the link they stored.
 */
export const UNSTORED_LINK = { prevHash: '', prevId: null } as const;

/**
 * Call inside the same transaction as the write it records. The entry follows
 * the last one this device wrote: each desk keeps its own chain, so merged logs
 * of several desks still verify (main/audit/chain-walk.ts).
 */
export function appendAudit(tx: Db, entry: AuditEntry, at: Date, deviceId: string): void {
  const last = lastEntryOf(tx, deviceId);
  const fields = {
    id: uuidv7(),
    at: at.toISOString(),
    deviceId,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    detail: JSON.stringify(entry.detail),
  };
  insertRow(tx, auditLog, { ...fields, ...UNSTORED_LINK, hash: entryHash(last?.hash ?? GENESIS, fields), deviceSeq: (last?.deviceSeq ?? 0) + 1 });
}

/**
 * The prev_hash a redaction leaves: an entry that stored no link gets its
 * predecessor's hash written in. A redacted entry's own hash can no longer be
 * recomputed, so this stored link is all that ties it to its predecessor
 * (an entry before it re-hashed behind the app's back still shows at the redacted one).
 */
export const prevHashKeptOnRedaction: SQL = sql`CASE WHEN ${auditLog.prevHash} = '' AND ${auditLog.deviceSeq} > 1 THEN coalesce((
  SELECT p.hash FROM ${auditLog} p WHERE p.device_id = ${auditLog.deviceId} AND p.device_seq = ${auditLog.deviceSeq} - 1), '') ELSE ${auditLog.prevHash} END`;

/** The log as people read it: by time, then device, then each device's own order (never by this file's seq alone). */
export const AUDIT_ORDER = [asc(auditLog.at), asc(auditLog.deviceId), asc(auditLog.deviceSeq)];
export const AUDIT_ORDER_DESC = [desc(auditLog.at), desc(auditLog.deviceId), desc(auditLog.deviceSeq)];


/**
 * Walks every device's chain (main/audit/chain-walk.ts) at once; returns the
 * seq of the first entry (in the log's time order) that does not verify, or
 * null. An edit, or a removal anywhere but at a chain's end, breaks it.
 * The desk's own verify runs the same walk as a job, in slices (main/services/audit/audit-verify.ts).
 */
export function verifyAuditChain(db: ReadDb): number | null {
  return new ChainWalk(db).runToEnd().firstBroken?.seq ?? null;
}
