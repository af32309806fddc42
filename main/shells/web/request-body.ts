import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './request-guard';

/** Larger bodies are refused before parsing: no channel takes more than a few KB. */
export const MAX_BODY_BYTES = 256 * 1024;

/** True when the client announced a body over the limit: it is refused before a byte of it is read. */
export function declaredTooLarge(req: IncomingMessage): boolean {
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) > MAX_BODY_BYTES;
}

/**
 * Reads the body, or resolves null as soon as the running count passes the
 * limit (a chunked body, or one whose Content-Length lied). Reading stops
 * there: the rest is never pulled in.
 */
export function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
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
