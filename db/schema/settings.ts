import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Desk-wide settings, one JSON value per key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
  deviceId: text('device_id').notNull(),
});
