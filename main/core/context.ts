import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import type { AuditEntry } from '../audit/audit-log';
import type { FileHandOver } from '../files/file-delivery';
import type { FileOutbox } from '../files/file-outbox';
import type { PcSettingsStore } from '../pc-settings/pc-settings-store';
import type { PrintEngine } from '../print/print-engine';
import type { FieldCipher } from '../security/field-cipher';
import type { Session } from '../security/roles';
import type { DeskRuntime } from './runtime';

/** What every service call gets: the open database, keys, clock and who is asking. */
export interface ServiceContext {
  db: Db;
  sqlite: Database.Database;
  /** Throws SEALED while the data key is not open. */
  readonly cipher: FieldCipher;
  deviceId: string;
  now: () => Date;
  /** The caller; for public channels with nobody signed in, an anonymous session with no roles. */
  session: Session;
  runtime: DeskRuntime;
  dataDir: string;
  shell: 'electron' | 'web';
  appVersion: string;
  printEngine: PrintEngine;
  /** This PC's own settings (printer and its calibration, window, zoom), beside the site's in SQLite. */
  pcSettings: PcSettingsStore;
  /** Files this desk made in the last minutes, by id, for their maker to take. */
  outbox: FileOutbox;
  /** The shell's way of giving a file to the user (download or save dialog). */
  handOver: FileHandOver;
  /** Runs `work` in one transaction together with its audit entry: the one write path. */
  write<T>(audit: (result: T) => AuditEntry, work: (tx: Db) => T): T;
}

export const ANONYMOUS: Session = { operatorId: '', operatorName: '', roles: [] };

/** The actor for work the app does by itself (resuming a key rotation). */
export const SYSTEM: Session = { operatorId: 'system', operatorName: 'system', roles: [] };
