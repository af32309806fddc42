import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { BASE_HEADERS } from './request-guard';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function sendText(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    // A file that failed mid-stream: no status can be sent any more.
    res.destroy();
    return;
  }
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'content-security-policy': "default-src 'none'",
  });
  res.end(text);
}

/*
 * `send` is loaded with the first file asked for, not at the start: with the
 * MIME table it fills at import (mime-db) it cost a fresh process ~20 ms on the
 * 2-core desk PC before the core could answer its first call (issue 17).
 */
type Send = typeof import('send');
let sendModule: Promise<Send> | null = null;
const loadSend = (): Promise<Send> => (sendModule ??= import('send').then((m) => m.default));

/**
 * The renderer build, served by `send` (Express's own static server): it
 * decodes the path itself (a malformed escape is a 400, not a throw), refuses
 * `..` and NUL (403/400), hides dotfiles (404) and answers HEAD, ranges and
 * conditional GETs. `rawPath` is the request path still percent-encoded.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string, rawPath: string): Promise<void> {
  const send = await loadSend();
  send(req, rawPath === '/' ? '/index.html' : rawPath, {
    root: rendererDir,
    dotfiles: 'ignore',
    index: false,
    cacheControl: false,
  })
    .on('headers', (response: ServerResponse, file: string) => {
      response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      response.setHeader('x-content-type-options', BASE_HEADERS['x-content-type-options']);
      response.setHeader('referrer-policy', BASE_HEADERS['referrer-policy']);
      // The page always comes fresh (it names the hashed assets); assets may be kept an hour.
      response.setHeader('cache-control', extname(file) === '.html' ? 'no-store' : 'max-age=3600');
    })
    .on('directory', () => sendText(res, 404, 'Not found'))
    .on('error', (err: { status?: number; statusCode?: number }) => {
      const status = err.status ?? err.statusCode ?? 500;
      // 403 is send's answer to `..`: the same "not found" as any other file outside the build.
      sendText(res, status === 403 ? 404 : status, status === 400 ? 'Bad request' : status >= 500 ? 'Server error' : 'Not found');
    })
    .pipe(res);
}
