import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export interface OpenedDb {
  sqlite: Database.Database;
  db: Db;
  /** Path of the backup taken before migrating, when one was needed. */
  preMigrationBackup: string | null;
}

/** Thrown when the file was written by a newer app; we refuse rather than "repair" it. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(`This database was written by a newer version of Reception Desk (schema ${fileVersion}, this app knows ${appVersion}). Update the app; the file was not changed.`);
  }
}

/** Thrown when migrating left rows pointing at missing parents; the backup still holds the old state. */
export class ForeignKeyCheckError extends Error {}

export interface OpenOptions {
  file: string;
  /** Resolved from the app's own location by the shell, never from the working directory. */
  migrationsFolder: string;
  backupsDir: string;
  now?: () => Date;
}

function knownSchemaVersion(migrationsFolder: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** A backup must be one self-contained file that passes an integrity check. */
function verifyStandaloneBackup(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`The pre-migration backup failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
}

export async function openDatabase(opts: OpenOptions): Promise<OpenedDb> {
  const known = knownSchemaVersion(opts.migrationsFolder);
  const existed = existsSync(opts.file);
  // Confidential data: owner-only from the first byte (SQLite's -wal and -shm files copy this mode).
  if (!existed) writeFileSync(opts.file, '', { mode: 0o600 });
  const sqlite = new Database(opts.file);
  try {
    // Read the version before any pragma writes to the file: a newer file stays untouched.
    const fileVersion = sqlite.pragma('user_version', { simple: true }) as number;
    if (fileVersion > known) throw new DatabaseTooNewError(fileVersion, known);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    // FULL: a committed check-in survives a power cut too, not just a crash.
    sqlite.pragma('synchronous = FULL');

    let preMigrationBackup: string | null = null;
    if (fileVersion > 0 && fileVersion < known) {
      mkdirSync(opts.backupsDir, { recursive: true });
      preMigrationBackup = join(opts.backupsDir, `pre-migration-v${fileVersion}-${stamp(opts.now?.() ?? new Date())}.sqlite3`);
      await sqlite.backup(preMigrationBackup);
      verifyStandaloneBackup(preMigrationBackup);
    }

    // drizzle's migrator runs inside a transaction, where PRAGMA foreign_keys=OFF
    // is a no-op; a table-rebuild migration could cascade-delete child rows
    // (drizzle-team/drizzle-orm#5782). So turn them off on the connection first.
    sqlite.pragma('foreign_keys = OFF');
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: opts.migrationsFolder });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new ForeignKeyCheckError(`${broken.length} rows fail the foreign key check after migrating`);
    sqlite.pragma(`user_version = ${known}`);
    sqlite.pragma('foreign_keys = ON');
    return { sqlite, db, preMigrationBackup };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
