import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachingClient } from './statement-cache';
import { closedCleanly, damageFound } from './file-state';
import { integrityProblems, isDamage } from './integrity';

export { cleanCloseMarker, markCleanClose } from './file-state';

/** Without drizzle's relational schema: nothing uses `db.query`, and building its config for every table cost ~14 ms of each start. */
export type Db = BetterSQLite3Database;
export interface OpenedDb {
  sqlite: Database.Database;
  db: Db;
  /** Path of the backup taken before migrating, when one was needed. */
  preMigrationBackup: string | null;
  /** The file was exactly as this app left it at a clean close (see closedCleanly): no crash since. */
  closedCleanly: boolean;
  /**
   * The file was not closed cleanly and has not been read through yet: the
   * caller runs SQLite's check in the background (main/app/integrity) and
   * folds nothing into the file until it passes.
   */
  needsIntegrityCheck: boolean;
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
export class ForeignKeyCheckError extends Error {
  constructor(
    message: string,
    readonly backup: string | null,
  ) {
    super(message);
  }
}

/** The database file is not there, or holds nothing, where data was expected (see OpenOptions.mustHoldData). */
export class DatabaseMissingError extends Error {
  constructor(
    readonly file: string,
    readonly state: 'missing' | 'empty',
    readonly size: number,
  ) {
    super(state === 'missing' ? `The database ${file} is missing.` : `The database ${file} is empty (${size} bytes).`);
  }
}

/** The file is not a database, or its pages fail SQLite's own checks; nothing was written into it. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`The database ${file} is damaged: ${problem}`);
  }
}

export interface OpenOptions {
  file: string;
  /** Resolved from the app's own location by the shell, never from the working directory. */
  migrationsFolder: string;
  backupsDir: string;
  now?: () => Date;
  /**
   * The data folder has been used before (a key file, device id or backups
   * exist): a missing or empty database is then damage, never a fresh start.
   */
  mustHoldData?: boolean;
  /**
   * Takes the app's own snapshot (encrypted, self-contained, in the backup
   * store) before migrating, returning its id; where it is not given (the data
   * key is still sealed at start) a plain verified copy goes to `backupsDir`.
   */
  snapshotBeforeMigration?: () => Promise<string>;
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

function quickCheck(sqlite: Database.Database, file: string): void {
  const problems = integrityProblems(sqlite);
  if (problems.length > 0) throw new DatabaseDamagedError(file, problems.join('; '));
}

/** Files a failed open made and must not leave: the database it created, and -wal/-shm that hold nothing. */
function removeLeftovers(file: string, created: boolean, sidecarsExisted: { wal: boolean; shm: boolean }): void {
  const remove = (path: string) => {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
  const wal = `${file}-wal`;
  // A -wal with frames may hold committed transactions of an existing database: never thrown away.
  const walEmpty = !existsSync(wal) || statSync(wal).size === 0;
  if (created) {
    remove(wal);
    remove(`${file}-shm`);
    remove(file);
    return;
  }
  if (!walEmpty) return;
  if (!sidecarsExisted.wal) remove(wal);
  if (!sidecarsExisted.shm) remove(`${file}-shm`);
}

/** The file exists and SQLite sees no schema in it (zero bytes, or a header with no tables). */
function holdsNothing(sqlite: Database.Database): boolean {
  return (sqlite.prepare('SELECT COUNT(*) FROM sqlite_master').pluck().get() as number) === 0;
}

export async function openDatabase(opts: OpenOptions): Promise<OpenedDb> {
  const knownVersion = knownSchemaVersion(opts.migrationsFolder);
  const existed = existsSync(opts.file);
  if (!existed && opts.mustHoldData) throw new DatabaseMissingError(opts.file, 'missing', 0);
  const sidecars = { wal: existsSync(`${opts.file}-wal`), shm: existsSync(`${opts.file}-shm`) };
  // Confidential data: owner-only from the first byte (SQLite's -wal and -shm files copy this mode).
  if (!existed) writeFileSync(opts.file, '', { mode: 0o600 });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(opts.file);
  } catch (err) {
    removeLeftovers(opts.file, !existed, sidecars);
    throw isDamage(err) ? new DatabaseDamagedError(opts.file, (err as Error).message) : err;
  }
  try {
    // Read the version before any pragma writes to the file: a newer file stays untouched.
    const fileVersion = sqlite.pragma('user_version', { simple: true }) as number;
    if (fileVersion > knownVersion) throw new DatabaseTooNewError(fileVersion, knownVersion);
    if (opts.mustHoldData && fileVersion === 0 && holdsNothing(sqlite)) {
      throw new DatabaseMissingError(opts.file, 'empty', statSync(opts.file).size);
    }
    // Damage a check found before is refused at once, without reading the file again.
    const foundBefore = damageFound(opts.file);
    if (foundBefore !== null) throw new DatabaseDamagedError(opts.file, foundBefore);
    // A damaged file is refused with the way back to a backup, and nothing is
    // folded into it. Starting read-only instead was weighed and rejected: the
    // desk exists to register people, every screen would fail on its first
    // save, and reads through a broken index can miss rows (a known visitor not
    // found is registered twice). The check reads every page (36 s on a
    // ten-year, 6 GB file; minutes on a busy PC), so a file untouched since this
    // app closed it cleanly is trusted. After a crash or power cut (which, with
    // WAL and synchronous=FULL, does not damage the file: the check looks for
    // damage from elsewhere, a failing disk or another program) the check runs in
    // the background instead of before the first answer (issue 17: a start that
    // does not grow with the data): the log is not folded into the file until it
    // passes, so what the desk writes meanwhile stays in the -wal file, and the
    // file is what it was. Only a migration, which writes into the file itself,
    // waits for the check here.
    const cleanStart = existed && closedCleanly(opts.file);
    const migrationDue = fileVersion > 0 && fileVersion < knownVersion;
    if (existed && !cleanStart && migrationDue) quickCheck(sqlite, opts.file);
    const needsIntegrityCheck = existed && !cleanStart && !migrationDue;
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    // FULL: a committed check-in survives a power cut too, not just a crash.
    sqlite.pragma('synchronous = FULL');
    // Deleted and moved content is zeroed, not left in free space: what a destruction removes must not stay
    // behind in the file (main/services/retention), and a page rebuilt earlier must not hold old copies of rows.
    sqlite.pragma('secure_delete = ON');
    // 64 MB of pages kept by SQLite itself (its default is 2 MB): at ten years a check-in's inserts land on
    // index pages all over an 8 GB file, and each page not kept is a read from the OS (issue 17).
    sqlite.pragma('cache_size = -65536');

    let preMigrationBackup: string | null = null;
    if (migrationDue && opts.snapshotBeforeMigration) {
      preMigrationBackup = await opts.snapshotBeforeMigration();
    } else if (migrationDue) {
      // Backups hold the same confidential data: owner-only folder and file.
      mkdirSync(opts.backupsDir, { recursive: true, mode: 0o700 });
      chmodSync(opts.backupsDir, 0o700);
      const target = join(opts.backupsDir, `pre-migration-v${fileVersion}-${stamp(opts.now?.() ?? new Date())}.sqlite3`);
      // Written and verified under a temp name, then renamed: a crash or a full
      // disk mid-backup never leaves a half file that passes for "the last good backup".
      const tmp = `${target}.${process.pid}.tmp`;
      // Created empty and owner-only first: SQLite would create it with the default mode.
      closeSync(openSync(tmp, 'w', 0o600));
      try {
        await sqlite.backup(tmp);
        verifyStandaloneBackup(tmp);
        renameSync(tmp, target);
      } catch (err) {
        for (const path of [tmp, `${tmp}-journal`]) if (existsSync(path)) unlinkSync(path);
        throw err;
      }
      chmodSync(target, 0o600);
      preMigrationBackup = target;
    }

    // Statements prepared once per query text and kept (db/statement-cache.ts): drizzle would compile each call's anew.
    const db = drizzle(cachingClient(sqlite));
    // A file at this app's version has nothing to migrate: the migrator (which reads and hashes every
    // migration file and opens a transaction) and the version write are left out of such a start (issue 17).
    if (fileVersion < knownVersion) {
      // drizzle's migrator runs inside a transaction, where PRAGMA foreign_keys=OFF
      // is a no-op; a table-rebuild migration could cascade-delete child rows
      // (drizzle-team/drizzle-orm#5782). So turn them off on the connection first.
      sqlite.pragma('foreign_keys = OFF');
      migrate(db, { migrationsFolder: opts.migrationsFolder });
      // Only a migration can break keys the app's own writes keep (they run with foreign keys on);
      // the check reads every row of every table, so it runs when migrations did.
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new ForeignKeyCheckError(`${broken.length} rows fail the foreign key check after migrating`, preMigrationBackup);
      sqlite.pragma(`user_version = ${knownVersion}`);
    }
    sqlite.pragma('foreign_keys = ON');
    // Checkpoints run off the commits' path, when the desk is idle or the log passes its bound (db/wal-checkpoints.ts):
    // SQLite's own would copy the log into the file inside whichever check-in crossed its mark.
    sqlite.pragma('wal_autocheckpoint = 0');
    return { sqlite, db, preMigrationBackup, closedCleanly: cleanStart, needsIntegrityCheck };
  } catch (err) {
    sqlite.close();
    removeLeftovers(opts.file, !existed, sidecars);
    throw isDamage(err) ? new DatabaseDamagedError(opts.file, (err as Error).message) : err;
  }
}
