import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { mkdirSync } from 'node:fs';
import { z } from 'zod';
import { backupProblem } from '../../../contract/backup';
import { writeFileAtomic } from '../../core/atomic-file';
import { statusFile } from './paths';

const attempt = z.object({ at: z.string(), ok: z.boolean(), problem: backupProblem.nullable() });
const sync = z.object({ at: z.string(), ok: z.boolean(), copiedBytes: z.number().int(), problem: backupProblem.nullable() });
const verified = z.object({ at: z.string(), ok: z.boolean(), reason: z.string().nullable() });

const backupRecord = z.object({
  lastAttempt: attempt.nullable().catch(null),
  lastSuccessAt: z.string().nullable().catch(null),
  syncs: z.record(z.string(), sync).catch({}),
  verified: z.record(z.string(), verified).catch({}),
});
export type BackupRecord = z.output<typeof backupRecord>;
export type SyncRecord = z.output<typeof sync>;

const EMPTY: BackupRecord = { lastAttempt: null, lastSuccessAt: null, syncs: {}, verified: {} };

/**
 * What happened to backups, beside the store and outside the database: a
 * restore replaces the database but must not forget that backups were failing.
 * A file that does not read starts over empty (the snapshots themselves are the truth).
 */
export function readRecord(dataDir: string): BackupRecord {
  try {
    const parsed = backupRecord.safeParse(JSON.parse(readFileSync(statusFile(dataDir), 'utf8')));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

export function updateRecord(dataDir: string, change: (r: BackupRecord) => BackupRecord): BackupRecord {
  const next = change(readRecord(dataDir));
  mkdirSync(dirname(statusFile(dataDir)), { recursive: true, mode: 0o700 });
  writeFileAtomic(statusFile(dataDir), JSON.stringify(next, null, 2), 0o600);
  return next;
}
