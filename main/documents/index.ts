export { FileStore, type StoreOptions, type SweepResult } from './store';
export type { DocumentStore, TakenFile, UploadSessions } from './types';
export type { Verified } from './worker-protocol';
export { documentsDir, DOCUMENTS_DIR, storedPath } from './layout';
