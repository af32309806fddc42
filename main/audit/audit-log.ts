import { createHash } from 'node:crypto';
import { desc } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/open';
import type { ReadDb } from '../core/write-path';
import { auditLog } from '../../db/schema';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** Masked values only: the log must never become a second copy of sensitive data. */
  detail: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, fields: Omit<typeof auditLog.$inferSelect, 'seq' | 'hash' | 'prevHash'>): string {
  const canonical = JSON.stringify([prevHash, fields.id, fields.at, fields.deviceId, fields.actor, fields.action, fields.entity, fields.entityId, fields.detail]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Call inside the same transaction as the write it records. */
export function appendAudit(tx: Db, entry: AuditEntry, at: Date, deviceId: string): void {
  const last = tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
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
  tx.insert(auditLog).values({ ...fields, prevHash, hash: entryHash(prevHash, fields) }).run();
}

/** Walks the chain; returns the seq of the first entry that does not verify, or null. */
export function verifyAuditChain(db: ReadDb): number | null {
  let prev = GENESIS;
  for (const row of db.select().from(auditLog).orderBy(auditLog.seq).all()) {
    if (row.prevHash !== prev || entryHash(prev, row) !== row.hash) return row.seq;
    prev = row.hash;
  }
  return null;
}
