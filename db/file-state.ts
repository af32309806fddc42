import { existsSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';

/*
 * What the database file's neighbours say about it between two starts: that
 * the app closed it cleanly (so the next start need not read it all again),
 * or that a check found it damaged (so the next start refuses at once instead
 * of reading it all again to find the same damage).
 */

/** Where the file's size and time at its last clean close are kept, beside it. */
export function cleanCloseMarker(file: string): string {
  return `${file}.clean-close`;
}

interface FileState {
  size: number;
  mtimeMs: number;
}

/**
 * Records, after the app closed the database cleanly (its -wal checkpointed
 * away), the file's size and modification time: the next start can tell that
 * nothing has touched the file since, and skip reading all of it again.
 */
export function markCleanClose(file: string): void {
  const wal = `${file}-wal`;
  // Nothing to vouch for: a log still waiting, or no file (its folder was removed while open).
  if ((existsSync(wal) && statSync(wal).size > 0) || !existsSync(file)) return;
  const { size, mtimeMs } = statSync(file);
  writeFileSync(cleanCloseMarker(file), JSON.stringify({ size, mtimeMs } satisfies FileState), { mode: 0o600 });
}

/**
 * The file is exactly as this app left it at its last clean close: same size,
 * same modification time, no write-ahead log waiting. Anything else — a crash,
 * a file copied in or restored, another program's write, bytes damaged while
 * closed — fails this, and the whole file is read by SQLite's check: in the background
 * (main/app/integrity), or before a migration writes into it (db/open.ts).
 */
export function closedCleanly(file: string): boolean {
  try {
    const marker = JSON.parse(readFileSync(cleanCloseMarker(file), 'utf8')) as FileState;
    const now = statSync(file);
    const wal = `${file}-wal`;
    const walEmpty = !existsSync(wal) || statSync(wal).size === 0;
    return walEmpty && marker.size === now.size && marker.mtimeMs === now.mtimeMs;
  } catch {
    return false;
  }
}

/** Where a check's finding of damage is kept, beside the file. */
export function damageRecord(file: string): string {
  return `${file}.damaged`;
}

interface DamageFound {
  problem: string;
  foundAt: string;
  /** The file the finding is about: a file put in its place (a restore, a copy) has another inode and is not refused for it. */
  ino: number;
}

/** Notes that SQLite's check found the file damaged; the next start refuses it with this problem, without reading it again. */
export function recordDamage(file: string, problem: string, at: Date): void {
  const found: DamageFound = { problem, foundAt: at.toISOString(), ino: statSync(file).ino };
  writeFileSync(damageRecord(file), JSON.stringify(found), { mode: 0o600 });
  // Nothing vouches for a damaged file any more.
  rmSync(cleanCloseMarker(file), { force: true });
}

/**
 * The damage found in this very file by an earlier check, or null. A record
 * about another file (this one was replaced since) is removed; one that
 * cannot be read is kept and stands as damage: it was written only when a
 * check found some.
 */
export function damageFound(file: string): string | null {
  const record = damageRecord(file);
  if (!existsSync(record)) return null;
  let found: Partial<DamageFound>;
  try {
    found = JSON.parse(readFileSync(record, 'utf8')) as Partial<DamageFound>;
  } catch {
    return `a check found damage (its record ${record} cannot be read)`;
  }
  if (found.ino !== statSync(file, { throwIfNoEntry: false })?.ino) {
    unlinkSync(record);
    return null;
  }
  return found.problem ?? 'damage found by a check';
}
