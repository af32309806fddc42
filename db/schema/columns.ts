import { text } from 'drizzle-orm/sqlite-core';

/**
 * Columns every user-data row carries so a second desk can sync later without a
 * table rebuild: a UUIDv7 key, when and on which device it was written, and a
 * soft-delete mark (rows are purged only by retention rules).
 */
export const syncColumns = {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deviceId: text('device_id').notNull(),
  deletedAt: text('deleted_at'),
};

/** The sync columns of a row written now on this device (the id is the caller's). */
export function syncStamp(stamp: string, deviceId: string) {
  return { createdAt: stamp, updatedAt: stamp, deviceId };
}
