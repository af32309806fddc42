import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import type { AuditEntry } from '../audit/audit-log';
import type { PrintEngine } from '../print/print-engine';
import type { FieldCipher } from '../security/field-cipher';
import type { Session } from '../security/roles';

/** What every service call gets: the open database, keys, clock and who is asking. */
export interface ServiceContext {
  db: Db;
  sqlite: Database.Database;
  cipher: FieldCipher;
  deviceId: string;
  now: () => Date;
  session: Session;
  dataDir: string;
  shell: 'electron' | 'web';
  appVersion: string;
  printEngine: PrintEngine;
  /** Runs `work` in one transaction together with its audit entry: the one write path. */
  write<T>(audit: (result: T) => AuditEntry, work: (tx: Db) => T): T;
}
