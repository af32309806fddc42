import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only, hash-chained: each entry's hash covers the previous hash and its
 * own canonical content, so an edit behind the app's back breaks the chain.
 */
export const auditLog = sqliteTable('audit_log', {
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
});
