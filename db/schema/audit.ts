import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Append-only, hash-chained: each entry's hash covers its predecessor's hash
 * and its own canonical content, so an edit behind the app's back breaks the
 * chain. Each desk (device) keeps its own chain, so the logs of two desks
 * merge without relinking: an entry names its predecessor by id, and the log
 * reads in time order (at, then device, then the device's own sequence) —
 * `seq` is only this file's insertion order.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
  seq: integer('seq').primaryKey(),
  id: text('id').notNull().unique(),
  at: text('at').notNull(),
  deviceId: text('device_id').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  /** JSON; sensitive values appear masked only. */
  detail: text('detail').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  /** 1, 2, 3 … per device: this entry's place in its desk's chain. */
  deviceSeq: integer('device_seq').notNull().default(0),
  /** The entry whose hash is prev_hash (null: the first of a chain). */
  prevId: text('prev_id'),
  },
  (t) => [
    uniqueIndex('audit_log_device_seq').on(t.deviceId, t.deviceSeq),
    index('audit_log_order').on(t.at, t.deviceId, t.deviceSeq),
    /** One action's entries newest first, without reading the others (the log's action filter). */
    index('audit_log_action').on(t.action, t.at),
    /** One record's entries (a past visit's file: its plan and its visits), without reading the others. */
    index('audit_log_entity').on(t.entityId, t.at),
    /** One person's entries newest first (the log's actor filter: who did what), without reading the others'. */
    index('audit_log_actor').on(t.actor, t.at),
  ],
);

/**
 * Every action the log holds, once: the filter's list of actions, which a
 * SELECT DISTINCT over millions of entries would make slow. Kept by a trigger
 * on audit_log (migration 0009), so every writer and a bulk insert keep it.
 */
export const auditActions = sqliteTable('audit_actions', {
  action: text('action').primaryKey(),
});

/**
 * Every actor the log names, once: the actor filter matches any part of a name
 * against this small table, then reads each matching actor's entries down
 * audit_log_actor. Kept by a trigger on audit_log (migration 0017), as
 * audit_actions is.
 */
export const auditActors = sqliteTable('audit_actors', {
  actor: text('actor').primaryKey(),
});
