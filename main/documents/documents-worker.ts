// The documents worker: reads sealed files whole, tells their kind, extracts their text and checks them, so the desk's thread never parses a 200 MB PDF.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { FULL_CHECK_LIMIT } from '../backup/db-copy';
import type { DocumentKind } from '../../contract/archive';
import { extractFrom, UnreadableError } from './extract';
import { FileCipherError, openFile, openSegments } from './file-cipher';
import { sniff } from './sniff';
import type { FileToVerify, JobResults, Verified, WorkerJob, WorkerReply } from './worker-protocol';

const post = (m: WorkerReply) => parentPort?.postMessage(m);
/** Keys arrive as Uint8Array (structured clone drops the Buffer class). */
const asKey = (k: Uint8Array) => Buffer.from(k.buffer, k.byteOffset, k.byteLength);

async function inspect(path: string, key: Buffer, confidential: boolean): Promise<JobResults['inspect']> {
  const bytes = await openFile(path, key);
  const sniffed = sniff(bytes);
  if ('refused' in sniffed) return sniffed;
  try {
    return { kind: sniffed.kind, ...(await extractFrom(bytes, sniffed.kind, confidential)) };
  } catch (err) {
    if (err instanceof UnreadableError) return { refused: 'document.unreadable' };
    throw err;
  }
}

async function extract(path: string, key: Buffer, kind: DocumentKind): Promise<string | null> {
  try {
    return (await extractFrom(await openFile(path, key), kind, false)).text;
  } catch (err) {
    if (err instanceof UnreadableError) return null;
    throw err;
  }
}

async function verifyOne(file: FileToVerify, key: Buffer): Promise<Verified> {
  const hash = createHash('sha256');
  let plainBytes = 0;
  try {
    for await (const part of openSegments(file.path, key)) {
      hash.update(part);
      plainBytes += part.length;
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing', plainBytes: 0 };
    if (err instanceof FileCipherError) return { state: 'damaged', plainBytes };
    return { state: 'unreadable', plainBytes };
  }
  return { state: hash.digest('hex') === file.contentHash ? 'ok' : 'damaged', plainBytes };
}

async function verify(id: number, files: FileToVerify[], key: Buffer): Promise<Verified[]> {
  const out: Verified[] = [];
  let lastPost = 0;
  for (const file of files) {
    out.push(await verifyOne(file, key));
    const now = Date.now();
    if (now - lastPost > 200 || out.length === files.length) {
      lastPost = now;
      post({ id, type: 'progress', done: out.length, total: files.length });
    }
  }
  return out;
}

/** SQLite's own check on a read-only connection of this thread (quick_check above the size main/backup checks fully). */
async function integrity(databaseFile: string): Promise<string[]> {
  const { default: Database } = await import('better-sqlite3');
  const kind = statSync(databaseFile).size > FULL_CHECK_LIMIT ? 'quick_check' : 'integrity_check';
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma(`${kind}(20)`, { simple: false }) as Record<string, string>[];
    return rows.map((r) => String(Object.values(r)[0]));
  } finally {
    db.close();
  }
}

async function run(job: WorkerJob): Promise<unknown> {
  switch (job.op) {
    case 'inspect':
      return inspect(job.path, asKey(job.key), job.confidential);
    case 'extract':
      return extract(job.path, asKey(job.key), job.kind);
    case 'verify':
      return verify(job.id, job.files, asKey(job.key));
    case 'integrity':
      return integrity(job.databaseFile);
  }
}

parentPort?.on('message', (job: WorkerJob) => {
  run(job).then(
    (value) => post({ id: job.id, type: 'done', value }),
    (err: unknown) => post({ id: job.id, type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
