import type { DocumentStore } from '../documents/types';
import type { FileHandOver } from '../files/file-delivery';
import type { FileOutbox } from '../files/file-outbox';
import type { PcSettingsStore } from '../pc-settings/pc-settings-store';
import type { PrintEngine } from '../print/print-engine';
import type { FieldCipher } from '../security/field-cipher';
import type { Session } from '../security/roles';
import type { DeskRuntime } from './runtime';
import type { AuditRecord, ReadDb, WritePath, WriteTx } from './write-path';

/** What every service call gets: the open database, keys, clock and who is asking. */
export interface ServiceContext {
  /** Reads only: every change goes through `write` (the raw SQLite handle is not here at all). */
  db: ReadDb;
  /** Throws SEALED while the data key is not open. */
  readonly cipher: FieldCipher;
  deviceId: string;
  now: () => Date;
  /** The caller; for public channels with nobody signed in, an anonymous session with no roles. */
  session: Session;
  runtime: DeskRuntime;
  dataDir: string;
  /** The database file (the backup engine opens its own read-only connection to it, in a worker). */
  databaseFile: string;
  /**
   * Closes this core and starts a new one on the same data folder (after a
   * restore was staged); `unsealPassphrase` opens the restored key where there
   * is no OS keychain. Calls answer again once the new core is up.
   */
  restart: (opts?: { unsealPassphrase?: string }) => void;
  /** The Electron shell's folder dialog; absent in the web shell, where a folder is typed. */
  chooseFolder?: () => Promise<string | null>;
  shell: 'electron' | 'web';
  appVersion: string;
  printEngine: PrintEngine;
  /** This PC's own settings (printer and its calibration, window, zoom), beside the site's in SQLite. */
  pcSettings: PcSettingsStore;
  /** Files this desk made in the last minutes, by id, for their maker to take. */
  outbox: FileOutbox;
  /** The shell's way of giving a file to the user (download or save dialog). */
  handOver: FileHandOver;
  /** The archive's files (main/documents/types.ts). */
  documents: DocumentStore;
  /**
   * The one write path: runs `work` in one transaction, then records the audit
   * entry `audit` builds from its result, with this session's operator as the actor.
   */
  write<T>(work: (tx: WriteTx) => T, audit: (result: T) => AuditRecord): T;
  /**
   * The same write recorded under another actor, for who acts without a
   * session of their own: a login being tried, the first administrator, the app itself (SYSTEM).
   */
  writeAs<T>(actor: string, work: (tx: WriteTx) => T, audit: (result: T) => AuditRecord): T;
  /** Key rotation only: re-seals values in a transaction of their own (the rotation audits its start and end). */
  reseal: WritePath['reseal'];
}

export const ANONYMOUS: Session = { operatorId: '', operatorName: '', roles: [] };

/** The actor for work the app does by itself (resuming a key rotation). */
export const SYSTEM: Session = { operatorId: 'system', operatorName: 'system', roles: [] };
