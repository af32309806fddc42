import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Dispatch } from '../../app';
import { DOWNLOAD_PATH, type BrowserDownloads } from './browser-downloads';
import { bodyLimit, declaredTooLarge, readBody, refuseTooLarge } from './request-body';
import { contained, sendJson, type LogRequestError } from './request-guard';
import { serveStatic } from './static-files';

// Taken as the CommonJS module, not through `import`: an ES import of node:http fills in every export of its
// ES facade, and the lazy WebSocket/EventSource ones load all of undici and zlib (~50 ms of the desk's start, issue 17).
const { createServer } = process.getBuiltinModule('node:http');

export { MAX_BODY_BYTES } from './request-body';
export { CONTENT_SECURITY_POLICY } from './static-files';

/** A whole request (headers and body, at most MAX_BODY_BYTES) arrives well within this even on a loaded machine; a trickle is cut. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface WebServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  token: string;
  /** One-time links to files the app made (exports, saved PDFs). */
  downloads: BrowserDownloads;
  /** Where a request that failed unexpectedly is reported; the console by default. */
  logError?: LogRequestError;
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only our own origin: a page elsewhere that points at 127.0.0.1 (DNS rebinding) is refused. */
function hostAllowed(req: IncomingMessage): boolean {
  const host = req.headers.host ?? '';
  return /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host);
}

/**
 * The path of an origin-form request target (`/a/b?c`), still percent-encoded;
 * null for anything else (absolute-form, `*`, no URL at all), which we never serve.
 */
function requestPath(req: IncomingMessage): string | null {
  const url = req.url;
  if (typeof url !== 'string' || !url.startsWith('/')) return null;
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, opts: WebServerOptions, name: string): Promise<void> {
  if (!tokenMatches(req.headers['x-desk-token'], opts.token)) {
    sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong desk token.' } });
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendJson(res, 405, { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Use POST.' } });
    return;
  }
  const limit = bodyLimit(name);
  if (declaredTooLarge(req, limit)) {
    refuseTooLarge(res);
    return;
  }
  const body = await readBody(req, limit);
  if (body === null) {
    refuseTooLarge(res);
    return;
  }
  let input: unknown;
  try {
    input = body === '' ? {} : JSON.parse(body);
  } catch {
    sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request is not JSON.' } });
    return;
  }
  sendJson(res, 200, await opts.dispatch(name, input));
}

function handle(req: IncomingMessage, res: ServerResponse, opts: WebServerOptions): Promise<void> | void {
  if (!hostAllowed(req)) {
    res.writeHead(421, { 'content-length': 0 }).end();
    return;
  }
  const path = requestPath(req);
  if (path === null) {
    sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request target is malformed.' } });
    return;
  }
  if (path.startsWith('/api/')) return handleApi(req, res, opts, path.slice('/api/'.length));
  if (path.startsWith(DOWNLOAD_PATH)) return opts.downloads.serve(req, res, path);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 }).end();
    return;
  }
  return serveStatic(req, res, opts.rendererDir, path);
}

/**
 * The web shell: the same router as the Electron IPC, over HTTP on loopback,
 * guarded by a per-launch token. It serves the same renderer build. Every
 * request runs inside `contained`: one bad request is answered, never fatal.
 */
export function createWebServer(opts: WebServerOptions): Server {
  const log = opts.logError ?? ((what, err) => console.error(`[web shell] ${what}:`, err));
  const listener = contained((req, res) => handle(req, res, opts), log);
  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS }, listener);
  // `Expect: 100-continue`: an announced oversized body is refused before the client sends it.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const path = requestPath(req);
    if (!declaredTooLarge(req, bodyLimit(path?.startsWith('/api/') ? path.slice('/api/'.length) : ''))) res.writeContinue();
    listener(req, res);
  });
  return server;
}
