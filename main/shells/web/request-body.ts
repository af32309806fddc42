import type { IncomingMessage, ServerResponse } from 'node:http';
import { UPLOAD_CHUNK_BYTES } from '../../../contract/archive';
import { IMPORT_CHUNK_BYTES } from '../../../contract/data-import';
import { sendJson } from './request-guard';

/** Larger bodies are refused before parsing: no channel takes more than a few KB. */
export const MAX_BODY_BYTES = 256 * 1024;
/** The exceptions: an upload's chunk (a document's, or a spreadsheet to import; base64), with room for its JSON around it. */
export const UPLOAD_BODY_BYTES = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4 + 4096;
export const IMPORT_BODY_BYTES = Math.ceil(IMPORT_CHUNK_BYTES / 3) * 4 + 4096;

/** The body a channel may send: its name is in the path, known before a byte of the body is read. */
export function bodyLimit(channel: string): number {
  if (channel === 'storage.chunk') return UPLOAD_BODY_BYTES;
  if (channel === 'imports.chunk') return IMPORT_BODY_BYTES;
  return MAX_BODY_BYTES;
}

/** True when the client announced a body over the limit: it is refused before a byte of it is read. */
export function declaredTooLarge(req: IncomingMessage, limit = MAX_BODY_BYTES): boolean {
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) > limit;
}

/**
 * Reads the body, or resolves null as soon as the running count passes the
 * limit (a chunked body, or one whose Content-Length lied). Reading stops
 * there: the rest is never pulled in.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * 413 saying the connection closes; `contained` closes it once the answer is
 * handed to the OS, so the rest of an oversized (or endless) body is neither
 * read nor waited for.
 */
export function refuseTooLarge(res: ServerResponse): void {
  res.setHeader('connection', 'close');
  sendJson(res, 413, { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request is too large.' } });
}
