import { app, dialog, type BrowserWindow } from 'electron';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileHandOver } from '../../app';

/**
 * The Electron shell's hand-over: a save dialog over the app window, opening
 * in the user's Downloads folder with the app's file name. Cancelling keeps
 * the copy in the data folder and says so.
 */
export function saveDialogHandOver(window: () => BrowserWindow | undefined): FileHandOver {
  return {
    deliver: async (file) => {
      const options = { defaultPath: join(app.getPath('downloads'), file.fileName) };
      const owner = window();
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { kind: 'cancelled', fileName: file.fileName };
      copyFileSync(file.path, choice.filePath);
      return { kind: 'saved', fileName: file.fileName, place: choice.filePath };
    },
  };
}
