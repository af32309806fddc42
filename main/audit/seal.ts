import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import { writeFileAtomic } from '../core/atomic-file';
import type { ReadDb } from '../core/write-path';
import { backupSubKey } from '../security/backup-key';
import { GENESIS, lastEntryOf } from './audit-log';

/*
 * The audit seal (issue 12, item 7; DESIGN12.md "Audit seal"). The hash chain
 * catches an entry edited or removed in the middle, but not the newest entries
 * removed (or lost with the WAL after a crash): the shorter chain still
 * verifies. So this desk's chain head (its number and hash) is kept OUTSIDE
 * the database, in `<dataDir>/audit-seal.json`, with a MAC under a sub-key of
 * the backup key B, which the database does not hold: whoever edits the
 * database cannot write a matching seal.
 *
 * Why a power cut gives no false alarm: the seal is written only AFTER a
 * write's transaction has committed, and a commit is durable before it
 * returns (WAL with synchronous=FULL fsyncs the WAL at commit). The seal file
 * itself is written by temp + fsync + rename. So at any instant the seal on
 * disk names an entry that is already on disk: a power cut can lose the newest
 * seal (the chain is then ahead of its seal, which is fine), never the entries
 * an older seal names. A chain shorter than its seal therefore means entries
 * were removed behind the app's back, or the WAL was deleted or lost.
 */

export const AUDIT_SEAL_FILE = 'audit-seal.json';

export interface ChainHead {
  deviceSeq: number;
  /** Null (and the genesis hash) before this desk's first entry. */
  id: string | null;
  hash: string;
}

export interface AuditSeal extends ChainHead {
  v: 1;
  deviceId: string;
  /** When the seal was written (ISO). */
  at: string;
  mac: string;
}

export type SealState = 'ok' | 'short' | 'forged' | 'missing' | 'unchecked';

export interface SealCheck {
  /** ok: the sealed entry is in the chain; short: it is not (entries removed, the WAL lost); forged: the seal's MAC is wrong or the file unreadable; missing: no seal yet; unchecked: the backup key is not open (a sealed desk). */
  state: SealState;
  sealed: { deviceSeq: number; at: string } | null;
  found: { deviceSeq: number };
}

export function sealFile(dataDir: string): string {
  return join(dataDir, AUDIT_SEAL_FILE);
}

/** This desk's newest entry (or the empty chain's genesis). */
export function currentHead(db: ReadDb, deviceId: string): ChainHead {
  return lastEntryOf(db, deviceId) ?? { deviceSeq: 0, id: null, hash: GENESIS };
}

function macOf(seal: Omit<AuditSeal, 'mac'>, b: Buffer): string {
  const content = JSON.stringify([seal.v, seal.deviceId, seal.deviceSeq, seal.id, seal.hash, seal.at]);
  return createHmac('sha256', backupSubKey(b, 'auditSeal')).update(content, 'utf8').digest('hex');
}

export function makeSeal(head: ChainHead, deviceId: string, at: Date, b: Buffer): AuditSeal {
  const body = { v: 1 as const, deviceId, deviceSeq: head.deviceSeq, id: head.id, hash: head.hash, at: at.toISOString() };
  return { ...body, mac: macOf(body, b) };
}

/** The seal on disk: null where there is none, 'unreadable' where the file is not a seal (cut, changed). */
export function readSeal(dataDir: string): AuditSeal | null | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(sealFile(dataDir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return 'unreadable';
  }
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const ok =
      raw.v === 1 &&
      typeof raw.deviceId === 'string' &&
      Number.isInteger(raw.deviceSeq) &&
      (raw.deviceSeq as number) >= 0 &&
      (raw.id === null || typeof raw.id === 'string') &&
      typeof raw.hash === 'string' &&
      typeof raw.at === 'string' &&
      typeof raw.mac === 'string';
    return ok ? (raw as unknown as AuditSeal) : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

export function writeSeal(dataDir: string, seal: AuditSeal): void {
  writeFileAtomic(sealFile(dataDir), JSON.stringify(seal, null, 2), 0o600);
}

/** Seals the chain's head as the database holds it now. Call only after a commit (see the note above). */
export function sealHead(dataDir: string, db: ReadDb, deviceId: string, b: Buffer, at: Date = new Date()): AuditSeal {
  const seal = makeSeal(currentHead(db, deviceId), deviceId, at, b);
  writeSeal(dataDir, seal);
  return seal;
}

/**
 * Compares the seal with the chain: the sealed entry (device, number) must be
 * there with the sealed hash. A chain ahead of its seal is fine (a power cut
 * before the seal was written). An entry there under another hash counts as
 * short too: the sealed one was lost and new ones took its number.
 */
export function checkSeal(db: ReadDb, seal: AuditSeal | null | 'unreadable', b: Buffer | null, deviceId?: string): SealCheck {
  const sealed = seal && seal !== 'unreadable' ? { deviceSeq: seal.deviceSeq, at: seal.at } : null;
  const device = seal && seal !== 'unreadable' ? seal.deviceId : deviceId;
  const found = { deviceSeq: device ? currentHead(db, device).deviceSeq : 0 };
  if (seal === null) return { state: 'missing', sealed, found };
  if (!b) return { state: 'unchecked', sealed, found };
  if (seal === 'unreadable') return { state: 'forged', sealed, found };
  const { mac, ...body } = seal;
  const expected = Buffer.from(macOf(body, b), 'hex');
  const given = Buffer.from(mac, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { state: 'forged', sealed, found };
  if (seal.deviceSeq === 0) return { state: 'ok', sealed, found };
  const entry = db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(and(eq(auditLog.deviceId, seal.deviceId), eq(auditLog.deviceSeq, seal.deviceSeq)))
    .get();
  return { state: entry?.hash === seal.hash ? 'ok' : 'short', sealed, found };
}

/**
 * After a deliberate restore (the chain is shorter on purpose): the seal names
 * the restored chain's head, so the next check does not call it short.
 */
export function resetSeal(dataDir: string, db: ReadDb, deviceId: string, b: Buffer): AuditSeal {
  return sealHead(dataDir, db, deviceId, b);
}
