import { createHash } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/open';
import type { ReadDb } from '../core/write-path';
import { auditLog, auditRedactions, destructionRequests } from '../../db/schema';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** Masked values only: the log must never become a second copy of sensitive data. */
  detail: Record<string, unknown>;
}

/** The prev_hash of a chain's first entry. */
export const GENESIS = '0'.repeat(64);

type Row = typeof auditLog.$inferSelect;

/** Exported for scripts/generate, which writes history in bulk and must chain it exactly as appendAudit does. */
export function entryHash(prevHash: string, fields: Omit<Row, 'seq' | 'hash' | 'prevHash' | 'deviceSeq' | 'prevId'>): string {
  const canonical = JSON.stringify([prevHash, fields.id, fields.at, fields.deviceId, fields.actor, fields.action, fields.entity, fields.entityId, fields.detail]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** A device's newest entry, read down the (device_id, device_seq) index: one row, never a count of the log. */
export function lastEntryOf(db: ReadDb, deviceId: string): { id: string; hash: string; deviceSeq: number } | undefined {
  return db
    .select({ id: auditLog.id, hash: auditLog.hash, deviceSeq: auditLog.deviceSeq })
    .from(auditLog)
    .where(eq(auditLog.deviceId, deviceId))
    .orderBy(desc(auditLog.deviceSeq))
    .limit(1)
    .get();
}

/**
 * Call inside the same transaction as the write it records. The entry follows
 * the last one this device wrote: each desk keeps its own chain, so merged logs
 * of several desks still verify (see verifyAuditChain).
 */
export function appendAudit(tx: Db, entry: AuditEntry, at: Date, deviceId: string): void {
  const last = lastEntryOf(tx, deviceId);
  const prevHash = last?.hash ?? GENESIS;
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
  tx.insert(auditLog)
    .values({ ...fields, prevHash, hash: entryHash(prevHash, fields), deviceSeq: (last?.deviceSeq ?? 0) + 1, prevId: last?.id ?? null })
    .run();
}

/** The log as people read it: by time, then device, then each device's own order (never by this file's seq alone). */
export const AUDIT_ORDER = [asc(auditLog.at), asc(auditLog.deviceId), asc(auditLog.deviceSeq)];
export const AUDIT_ORDER_DESC = [desc(auditLog.at), desc(auditLog.deviceId), desc(auditLog.deviceSeq)];

/** The detail a destruction leaves in an entry that named what it destroyed (main/services/retention/redact.ts). */
export function redactedAuditDetail(code: string): string {
  return JSON.stringify({ redacted: code });
}

/** Entries a destruction redacted, with the code of the destruction that did. */
function redactedEntries(db: ReadDb): Map<string, string> {
  const rows = db
    .select({ entryId: auditRedactions.entryId, code: destructionRequests.code })
    .from(auditRedactions)
    .innerJoin(destructionRequests, eq(destructionRequests.id, auditRedactions.requestId))
    .all();
  return new Map(rows.map((r) => [r.entryId, r.code]));
}

/**
 * Walks every device's chain; returns the seq of the first entry (in the
 * log's time order) that does not verify, or null. An entry verifies when its
 * own hash matches its content and prev_hash, and prev_hash is the hash of
 * the entry it names (or the genesis hash for the first of a chain); within a
 * device the entries are numbered 1, 2, 3 … with no gap, and every one after
 * the first names a predecessor. Entries written before per-device chains
 * name their predecessor in the one chain they were written in (migration
 * 0006), so they verify as they always did. An edit, or a removal anywhere
 * but at a chain's end, breaks it. An entry a destruction redacted (listed in
 * audit_redactions) is checked by its link and its redacted detail only.
 */
export function verifyAuditChain(db: ReadDb): number | null {
  const rows = db.select().from(auditLog).orderBy(...AUDIT_ORDER).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const redacted = redactedEntries(db);
  const seen = new Map<string, number>();
  // A redacted entry's content is gone on purpose: its own hash cannot be recomputed, so it must say exactly
  // what its destruction wrote, and its link (prev_hash, and the next entry's link to its hash) must hold.
  const contentHolds = (row: Row, prevHash: string): boolean => {
    const code = redacted.get(row.id);
    return code === undefined ? entryHash(prevHash, row) === row.hash : row.detail === redactedAuditDetail(code);
  };
  const broken = (row: Row): boolean => {
    const expectedSeq = (seen.get(row.deviceId) ?? 0) + 1;
    seen.set(row.deviceId, row.deviceSeq);
    if (row.deviceSeq !== expectedSeq) return true;
    if (row.prevId === null) return row.deviceSeq !== 1 || row.prevHash !== GENESIS || !contentHolds(row, GENESIS);
    const prev = byId.get(row.prevId);
    return !prev || row.prevHash !== prev.hash || !contentHolds(row, prev.hash);
  };
  // Each device's entries in their own order, so the numbering check reads them as written.
  const inDeviceOrder = [...rows].sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : a.deviceSeq - b.deviceSeq));
  const bad = new Set(inDeviceOrder.filter(broken).map((r) => r.seq));
  return rows.find((r) => bad.has(r.seq))?.seq ?? null;
}
