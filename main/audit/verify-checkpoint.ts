import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { writeFileAtomic } from '../core/atomic-file';
import type { ReadDb } from '../core/write-path';
import { backupSubKey } from '../security/backup-key';
import type { ChainPoint } from './chain-walk';

/*
 * How far the audit chain was verified, so the next verify reads only what
 * came after (issue 17, item 2). Kept beside audit-seal.json, outside the
 * database, with a MAC under a sub-key of the backup key B as the seal is
 * (main/audit/seal.ts): whoever edits the database cannot move it forward over
 * entries they changed. Written only after a run found every chain intact;
 * removed when a run finds one broken, so the next run reads everything again.
 */

export const VERIFY_CHECKPOINT_FILE = 'audit-verified.json';

export interface VerifiedPoint extends ChainPoint {
  /** When the run that verified up to here ended (ISO). */
  verifiedAt: string;
}

export interface VerifyCheckpoint {
  v: 1;
  /** Per device, its last entry verified. */
  devices: VerifiedPoint[];
  /** When the last full run (every entry from the first) found the log intact (ISO); null: none since the checkpoint began. */
  lastFullAt: string | null;
  mac: string;
}

/** Why a run reads every entry: asked for; no checkpoint yet; one that is unreadable, forged or names entries no longer there; or no backup key to check it (a sealed desk). */
export type FullReason = 'asked' | 'none' | 'bad' | 'sealed';

export type CheckpointRead = { ok: true; checkpoint: VerifyCheckpoint } | { ok: false; reason: Exclude<FullReason, 'asked'> };

function checkpointFile(dataDir: string): string {
  return join(dataDir, VERIFY_CHECKPOINT_FILE);
}

function macOf(body: Omit<VerifyCheckpoint, 'mac'>, b: Buffer): string {
  const points = body.devices.map((d) => [d.deviceId, d.deviceSeq, d.id, d.hash, d.verifiedAt]);
  return createHmac('sha256', backupSubKey(b, 'auditVerified')).update(JSON.stringify([body.v, points, body.lastFullAt]), 'utf8').digest('hex');
}

function isPoint(p: unknown): p is VerifiedPoint {
  const r = p as Record<string, unknown>;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.deviceId === 'string' &&
    Number.isInteger(r.deviceSeq) &&
    typeof r.id === 'string' &&
    typeof r.hash === 'string' &&
    typeof r.verifiedAt === 'string'
  );
}

function parse(text: string): VerifyCheckpoint | null {
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const ok =
      raw.v === 1 &&
      Array.isArray(raw.devices) &&
      raw.devices.every(isPoint) &&
      (raw.lastFullAt === null || typeof raw.lastFullAt === 'string') &&
      typeof raw.mac === 'string';
    return ok ? (raw as unknown as VerifyCheckpoint) : null;
  } catch {
    return null;
  }
}

function macHolds(checkpoint: VerifyCheckpoint, b: Buffer): boolean {
  const { mac, ...body } = checkpoint;
  const expected = Buffer.from(macOf(body, b), 'hex');
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Every remembered entry is still there, under the same id and hash (one keyed read per device). */
function stillInChain(db: ReadDb, devices: readonly VerifiedPoint[]): boolean {
  return devices.every((p) => {
    const row = db.get<{ id: string; hash: string } | undefined>(
      sql`SELECT id, hash FROM audit_log WHERE device_id = ${p.deviceId} AND device_seq = ${p.deviceSeq}`,
    );
    return row?.id === p.id && row.hash === p.hash;
  });
}

/** The checkpoint a run may start from, or why it cannot (then the run is full). `b` null: the backup key is not open. */
export function readCheckpoint(dataDir: string, db: ReadDb, b: Buffer | null): CheckpointRead {
  if (!b) return { ok: false, reason: 'sealed' };
  let text: string;
  try {
    text = readFileSync(checkpointFile(dataDir), 'utf8');
  } catch (err) {
    return { ok: false, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'none' : 'bad' };
  }
  const checkpoint = parse(text);
  if (!checkpoint || !macHolds(checkpoint, b) || !stillInChain(db, checkpoint.devices)) return { ok: false, reason: 'bad' };
  return { ok: true, checkpoint };
}

/** After an intact run: remembers each device's last entry verified. */
export function writeCheckpoint(dataDir: string, devices: VerifiedPoint[], lastFullAt: string | null, b: Buffer): VerifyCheckpoint {
  const body = { v: 1 as const, devices, lastFullAt };
  const checkpoint = { ...body, mac: macOf(body, b) };
  writeFileAtomic(checkpointFile(dataDir), JSON.stringify(checkpoint, null, 2), 0o600);
  return checkpoint;
}

/** After a run that found a broken entry: the next run reads every entry again. */
export function dropCheckpoint(dataDir: string): void {
  rmSync(checkpointFile(dataDir), { force: true });
}

/** When the last full run found the log intact, if the checkpoint (checked) says so. */
export function lastFullCheck(read: CheckpointRead): string | null {
  return read.ok ? read.checkpoint.lastFullAt : null;
}
