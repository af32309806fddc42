import { existsSync, readFileSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cleanCloseMarker } from '../../db/open';
import { RESTORE_FILES, type RestoreMarker } from '../services/backup';
import { DATA_FILES } from './data-folder';
import { DOCUMENTS_DIR } from '../documents';

function removeIfThere(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Not there.
  }
}

/** Moves files to `<name>.replaced-<snapshot>`; a name already taken (a crash mid-way) is kept as it is. */
function setAside(files: string[], snapshotId: string): void {
  for (const file of files) {
    const to = `${file}.replaced-${snapshotId}`;
    if (existsSync(file) && !existsSync(to)) renameSync(file, to);
  }
}

/**
 * Puts a staged restore in place before the database is opened (the last
 * core closed it cleanly, and this one holds the folder's lock). Each step
 * checks what is already done, so a crash at any point is finished by the
 * next start; until the marker is written (after both files were checked and
 * synced) nothing is decided and leftovers are simply removed.
 *
 * The old database's -wal and -shm go first: SQLite would otherwise replay the
 * old log onto the restored file. They hold nothing the old file lacks (the
 * core that staged the restore checkpointed them on close), and that state
 * was snapshotted before the restore.
 */
export function applyPendingRestore(dataDir: string): RestoreMarker | null {
  const marker = join(dataDir, RESTORE_FILES.marker);
  const stagedDb = join(dataDir, RESTORE_FILES.database);
  const stagedKey = join(dataDir, RESTORE_FILES.keyFile);
  const stagedDocuments = join(dataDir, RESTORE_FILES.documents);
  if (!existsSync(marker)) {
    // A restore that stopped before it was decided: its half is thrown away, the live data stays.
    removeIfThere(stagedDb);
    removeIfThere(stagedKey);
    rmSync(stagedDocuments, { recursive: true, force: true });
    return null;
  }
  const record = JSON.parse(readFileSync(marker, 'utf8')) as RestoreMarker;
  const db = join(dataDir, DATA_FILES.database);
  const keyFile = join(dataDir, DATA_FILES.keyFile);
  if (existsSync(stagedDb)) {
    // Data that could not be opened is kept aside, never overwritten: someone may still want to look at it.
    if (record.via === 'rescue') setAside([db, `${db}-wal`, `${db}-shm`, keyFile], record.snapshotId);
    removeIfThere(`${db}-wal`);
    removeIfThere(`${db}-shm`);
    removeIfThere(cleanCloseMarker(db));
    renameSync(stagedDb, db);
  }
  if (existsSync(stagedKey)) renameSync(stagedKey, keyFile);
  // The document store goes with its database: the files the restored rows name (the start-up sweep then removes any others).
  if (existsSync(stagedDocuments)) {
    const documents = join(dataDir, DOCUMENTS_DIR);
    if (record.via === 'rescue') setAside([documents], record.snapshotId);
    else rmSync(documents, { recursive: true, force: true });
    renameSync(stagedDocuments, documents);
  }
  // The restored chain is shorter than the seal on purpose: the seal starts again from it (create-core).
  removeIfThere(join(dataDir, DATA_FILES.auditSeal));
  unlinkSync(marker);
  return record;
}
