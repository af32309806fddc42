/** Backups and restore: the domain's entry for the router, the composition root and the first-run wizard. */
export { backupHandlers } from './handlers';
export { backupOnQuit, startBackupSchedule } from './schedule';
export { snapshotBeforeMigration, takeSnapshot } from './snapshots';
export { findBackups, restoreFirstRun, type RestoreMarker } from './restore';
export { localStore, RESTORE_FILES } from './paths';
