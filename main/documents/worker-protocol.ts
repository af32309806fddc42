import type { DocumentKind } from '../../contract/archive';
import type { Extracted } from './extract';

/** One stored file for the health check: where it is and the hash its row says. */
export interface FileToVerify {
  path: string;
  contentHash: string;
}

/** What the health check found for one file (`plainBytes` read when intact). */
export interface Verified {
  state: 'ok' | 'missing' | 'damaged' | 'unreadable';
  plainBytes: number;
}

export type JobRequest =
  | { op: 'inspect'; path: string; key: Uint8Array; confidential: boolean }
  | { op: 'extract'; path: string; key: Uint8Array; kind: DocumentKind }
  | { op: 'verify'; files: FileToVerify[]; key: Uint8Array }
  | { op: 'integrity'; databaseFile: string };

export interface JobResults {
  /** The kind and text, or why the file is refused (an i18n key of `errors.`). */
  inspect: ({ kind: DocumentKind } & Extracted) | { refused: 'document.type' | 'document.unreadable' | 'document.empty' };
  extract: string | null;
  verify: Verified[];
  /** `['ok']`, or the lines SQLite's check reported. */
  integrity: string[];
}

export type WorkerJob = JobRequest & { id: number };

export type WorkerReply =
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'error'; message: string };
