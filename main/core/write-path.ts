import type Database from 'better-sqlite3';
import { getTableColumns, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/open';
import { appendAudit, type AuditEntry } from '../audit/audit-log';

/*
 * Why the stamps are added by `update` itself rather than by a helper each
 * caller spreads in: a helper can be forgotten (it was, more than once: a
 * password change wrote `updated_at` without the device), an update that adds
 * them by itself cannot. Services get `ctx.db` typed read-only and the writable
 * handle only inside `ctx.write`, so the type checker, not review, keeps every
 * change in a transaction with its audit entry (tests/unit/write-path.test.ts).
 */

/**
 * What a service may do with the database outside a write: read. No insert,
 * update, delete or `run`, and no way to the raw SQLite handle, so a write
 * cannot happen beside the write path without a cast a reviewer would see.
 */
export type ReadDb = Pick<Db, 'select' | 'selectDistinct' | 'get' | 'all' | '$count'>;

/**
 * The handle a write's work gets: reads, plus insert, update and delete inside
 * the write's transaction. Its `update(...).set(...)` always adds `updated_at`
 * and `device_id` (for tables that have them), so no update can forget them;
 * `at` is the one instant of this write, for the rows' own time fields.
 */
export interface WriteTx extends ReadDb {
  insert: Db['insert'];
  update: Db['update'];
  delete: Db['delete'];
  /**
   * A raw statement in this write's transaction, for what the query builder
   * cannot say: FTS5 commands (a destruction merges the search index so no old
   * segment keeps its tokens). Still inside the write, before its audit entry.
   */
  run: Db['run'];
  /** The instant of this write (ISO), the same on every row it stamps. */
  readonly at: string;
  /** The device this write happens on. */
  readonly deviceId: string;
}

/**
 * An audit entry as a service builds it: who acted is filled in by the write
 * path from the session (`actor?: never` makes naming one a type error).
 */
export type AuditRecord = Omit<AuditEntry, 'actor'> & { actor?: never };

/** The stamps every changed row carries, for the tables that have each column. */
function stampsFor(table: SQLiteTable, at: string, deviceId: string): Record<string, string> {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  return { ...('updatedAt' in columns && { updatedAt: at }), ...('deviceId' in columns && { deviceId }) };
}

/**
 * The write handle over one transaction. The stamps go last so a caller's
 * values cannot replace them: a row's `updated_at` and device always say when
 * and where it last changed, which is what a later sync between desks reads.
 */
function writeTx(db: Db, at: string, deviceId: string): WriteTx {
  const update = ((table: SQLiteTable) => {
    const builder = db.update(table);
    const set = builder.set.bind(builder);
    builder.set = (values) => set({ ...values, ...stampsFor(table, at, deviceId) });
    return builder;
  }) as Db['update'];
  // Inherits every read and insert/delete from the drizzle handle; only update is replaced.
  return Object.assign(Object.create(db) as WriteTx, { update, at, deviceId });
}

/** Marks rows deleted (with the write's stamps); they are purged only by the retention rules. */
export function softDelete(tx: WriteTx, table: SQLiteTable & { deletedAt: SQLiteColumn }, where: SQL | undefined): void {
  tx.update(table)
    .set({ deletedAt: tx.at } as never)
    .where(where)
    .run();
}

export interface WritePath {
  /** Runs `work`, then records `audit(result)` under `actor`, in one transaction. */
  write<T>(actor: string, work: (tx: WriteTx) => T, audit: (result: T) => AuditRecord): T;
  /** Re-seals stored values in one transaction, without stamps or an audit entry of its own. */
  reseal<T>(work: (tx: Pick<Db, 'select' | 'update'>) => T): T;
}

/**
 * Work every write does after its own, in its transaction, before the audit
 * entry: keeping derived tables (the search index) in step with what changed.
 */
export type BeforeCommit = () => void;

/**
 * Told after a write's transaction has committed (never inside one): the
 * audit seal is scheduled from here, so it can never name an entry that is
 * not yet durable (main/audit/seal.ts). It must only schedule, not work: it
 * runs on the write's own path.
 */
export type AfterCommit = () => void;

export function createWritePath(
  sqlite: Database.Database,
  db: Db,
  now: () => Date,
  deviceId: string,
  beforeCommit: BeforeCommit = () => {},
  afterCommit: AfterCommit = () => {},
): WritePath {
  return {
    write: (actor, work, audit) => {
      const result = sqlite.transaction(() => {
        const result = work(writeTx(db, now().toISOString(), deviceId));
        beforeCommit();
        appendAudit(db, { ...audit(result), actor }, now(), deviceId);
        return result;
      })();
      // A write nested in another's transaction is committed by the outer one, which tells then.
      if (!sqlite.inTransaction) afterCommit();
      return result;
    },
    // Key rotation changes how a value is sealed, not what the row says: the row's stamps stay.
    reseal: (work) => sqlite.transaction(() => work(db))(),
  };
}

/** The sync columns of a row this write inserts (the id is the caller's). */
export function insertStamps(tx: WriteTx): { createdAt: string; updatedAt: string; deviceId: string } {
  return { createdAt: tx.at, updatedAt: tx.at, deviceId: tx.deviceId };
}

/**
 * The stamps of a changed row, for the one place `update` cannot add them: the
 * update half of an upsert (`onConflictDoUpdate`), and the insert half with it.
 */
export function touch(tx: WriteTx): { updatedAt: string; deviceId: string } {
  return { updatedAt: tx.at, deviceId: tx.deviceId };
}
