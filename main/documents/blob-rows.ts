import { eq } from 'drizzle-orm';
import { documentBlobs } from '../../db/schema';
import type { ReadDb } from '../core/write-path';

/** Whether a document_blobs row names this stored file (then it is in use and stays). */
export function isNamed(db: ReadDb, storedName: string): boolean {
  return db.select({ n: documentBlobs.storedName }).from(documentBlobs).where(eq(documentBlobs.storedName, storedName)).get() !== undefined;
}

/** Every stored name a row gives (the sweep and the health check keep these). */
export function namedFiles(db: ReadDb): Set<string> {
  return new Set(db.select({ n: documentBlobs.storedName }).from(documentBlobs).all().map((r) => r.n));
}
