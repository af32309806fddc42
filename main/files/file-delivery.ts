import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileDelivery } from '../../contract/files';
import type { OfferedFile } from './file-outbox';

/**
 * How a shell hands a finished file to the person at the desk: the web shell
 * as a browser download, the Electron shell through a save dialog. Services
 * never know which.
 */
export interface FileHandOver {
  deliver(file: OfferedFile): Promise<FileDelivery>;
}

/**
 * Saves every file into one folder without asking: for scripts and tests, and
 * the building block of the save dialog (which only adds the asking).
 */
export function saveIntoFolder(folder: string): FileHandOver {
  return {
    deliver: (file) => {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const place = join(folder, file.fileName);
      copyFileSync(file.path, place);
      return Promise.resolve({ kind: 'saved', fileName: file.fileName, place });
    },
  };
}
