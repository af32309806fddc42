import { settings } from '../../../db/schema';
import { touch, type WriteTx } from '../../core/write-path';

/** One settings row, written whole (each row is one JSON value under its key). */
export function upsertSetting(tx: WriteTx, key: string, value: string): void {
  tx.insert(settings)
    .values({ key, value, ...touch(tx) })
    .onConflictDoUpdate({ target: settings.key, set: { value, ...touch(tx) } })
    .run();
}
