import { eq } from 'drizzle-orm';
import { backupSchedule, DEFAULT_DAILY_AT, DEFAULT_RETENTION, type BackupSchedule } from '../../../contract/backup';
import { settings } from '../../../db/schema';
import { repairFields } from '../../core/repair-fields';
import type { ReadDb, WriteTx } from '../../core/write-path';
import { parseStored, upsertSetting } from '../settings';

/** The site's backup schedule: its own settings row, so the desk settings row keeps its shape. */
export const BACKUP_SETTINGS_KEY = 'backup';

export const DEFAULT_SCHEDULE: BackupSchedule = { dailyAt: DEFAULT_DAILY_AT, onQuit: true, retention: { ...DEFAULT_RETENTION } };

/** Field by field, like the desk settings: a field that does not read keeps its default, the others are kept. */
export function readSchedule(db: ReadDb): BackupSchedule {
  const row = db.select().from(settings).where(eq(settings.key, BACKUP_SETTINGS_KEY)).get();
  if (!row) return DEFAULT_SCHEDULE;
  return repairFields(backupSchedule, DEFAULT_SCHEDULE, parseStored(row.value)).value;
}

export function writeSchedule(tx: WriteTx, next: BackupSchedule): void {
  upsertSetting(tx, BACKUP_SETTINGS_KEY, JSON.stringify(next));
}
