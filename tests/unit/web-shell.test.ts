import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../main/router/router';
import { BrowserDownloads } from '../../main/shells/web/browser-downloads';
import { createWebServer, MAX_BODY_BYTES } from '../../main/shells/web/http-server';
import { contained } from '../../main/shells/web/request-guard';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

const TOKEN = 'test-token-123456';
const SECRET = 'secret-beside-the-build';
let core: TestCore;
let base: string;
let port: number;
let rendererDir: string;
const logError = vi.fn();
const downloads = new BrowserDownloads();
let close: () => Promise<void>;

async function listen(server: Server): Promise<{ port: number; close: () => Promise<void> }> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}

beforeAll(async () => {
  core = await makeTestCore({ handOver: downloads });
  // The build sits in a folder with a secret beside it: nothing outside the build may be reached.
  const parent = mkdtempSync(join(tmpdir(), 'renderer-'));
  writeFileSync(join(parent, 'secret.txt'), SECRET);
  rendererDir = join(parent, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, '.env'), SECRET);
  const server = await listen(createWebServer({ dispatch: core.dispatch, rendererDir, token: TOKEN, logError, downloads }));
  port = server.port;
  base = `http://127.0.0.1:${port}`;
  close = server.close;
});
afterAll(async () => {
  await close();
  await core.cleanup();
});

interface RawAnswer {
  status: number;
  head: string;
  body: string;
  /** The server closed the connection (FIN or reset) after answering. */
  closed: boolean;
  /** Bytes of request body this client managed to hand to the OS before the answer came. */
  bodyBytesSent: number;
}

/**
 * Sends bytes exactly as given (fetch would normalise the path) and collects the
 * answer. `stream` keeps writing body chunks until the server answers, as an
 * endless upload would; `holdOpen` keeps the client side open, so only the
 * server can end the exchange. Bounded by `withinMs`.
 */
function rawRequest(
  text: string,
  opts: { stream?: Buffer; holdOpen?: boolean; withinMs?: number; toPort?: number } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(opts.toPort ?? port, '127.0.0.1');
    let received = '';
    let bodyBytesSent = 0;
    let answered = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no complete answer within ${opts.withinMs ?? 10_000} ms; got ${JSON.stringify(received.slice(0, 200))}`));
    }, opts.withinMs ?? 10_000);
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const [head = '', body = ''] = received.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body, closed, bodyBytesSent });
    };
    const pump = () => {
      while (opts.stream && !answered && !socket.destroyed) {
        bodyBytesSent += opts.stream.length;
        if (!socket.write(opts.stream)) {
          socket.once('drain', pump);
          return;
        }
      }
    };
    socket.on('connect', () => {
      socket.write(text);
      pump();
    });
    socket.on('data', (d: Buffer) => {
      answered = true;
      received += d.toString('latin1');
      // Keep-alive answers are complete once their declared body is in.
      const [head, ...rest] = received.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head ?? '')?.[1];
      const complete = rest.length > 0 && (length === undefined ? received.endsWith('0\r\n\r\n') : Buffer.byteLength(rest.join('\r\n\r\n'), 'latin1') >= Number(length));
      if (!opts.holdOpen && complete) finish(false);
    });
    socket.on('end', () => finish(true));
    // A reset after the answer is the server hanging up on the rest of an upload.
    socket.on('error', () => (answered ? finish(true) : undefined));
    socket.on('close', () => (answered ? finish(true) : undefined));
  });
}

const get = (path: string, headers = `Host: 127.0.0.1:${port}\r\n`) => rawRequest(`GET ${path} HTTP/1.1\r\n${headers}\r\n`);

const post = (channel: string, body: string, headers: Record<string, string> = { 'x-desk-token': TOKEN }) =>
  fetch(`${base}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const onSiteCount = async () => (await core.call<{ rows: unknown[] }>('visits.list', { scope: 'on_site' })).rows.length;

describe('web shell HTTP transport', () => {
  it('refuses calls without the token, changing nothing', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-desk-token': 'wrong' }, { 'x-desk-token': `${TOKEN}x` }];
    for (const headers of attempts) {
      const res = await post('visits.checkIn', JSON.stringify(WALK_IN), headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(await onSiteCount()).toBe(0);
  });

  it('answers with the token', async () => {
    const res = await post('visits.checkIn', JSON.stringify(WALK_IN));
    expect(await res.json()).toMatchObject({ ok: true, value: { name: '张伟' } });
    expect(await onSiteCount()).toBe(1);
  });

  it('refuses oversized and non-JSON bodies, and unknown channels', async () => {
    const big = await post('visitors.search', JSON.stringify({ query: 'x'.repeat(MAX_BODY_BYTES + 10) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(await (await post('visitors.search', '{not json')).json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await (await post('nope.nothing', '{}')).json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(`${base}/api/app.info`, { method: 'POST', headers: { host: 'evil.example', 'x-desk-token': TOKEN } }, (res) => resolve(res.statusCode ?? 0));
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('serves the renderer with a strict CSP and never outside its folder', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');
    expect(index.headers.get('cache-control')).toBe('no-store');
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toBe('max-age=3600');
    expect(asset.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${base}/assets/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });
});

describe('web shell: no request stops it', () => {
  // Sent byte for byte: malformed escapes, traversal in every spelling, NUL,
  // overlong UTF-8 for '.' and '/', lone surrogates, dotfiles, absurd lengths.
  const hostile = [
    '/%',
    '/%E0%A4%A',
    '/%00',
    '/index.html%00.js',
    '/%zz',
    '/%FF',
    '/%ED%A0%80',
    '/%C0%AE%C0%AE/%C0%AE%C0%AE/secret.txt',
    '/%C0%AF',
    '/%E0%80%AE%E0%80%AE/secret.txt',
    '/..%2f..%2fetc/passwd',
    '/..%2fsecret.txt',
    '/%2e%2e/',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/../../secret.txt',
    '/../secret.txt',
    '//..//secret.txt',
    '/.env',
    '/assets/%2e%2e/.env',
    '/assets',
    '/assets/',
    '/assets/%',
    '/api/%',
    `/${'%'.repeat(4000)}`,
    `/${'a/'.repeat(3000)}`,
    `/${'%2e%2e/'.repeat(1000)}secret.txt`,
  ];

  const shown = (path: string) => (path.length > 50 ? `${path.slice(0, 50)}… (${path.length} chars)` : path);
  it.each(hostile.map((path) => [shown(path), path]))('answers %s with a 4xx and stays up', async (_shown, path) => {
    const answer = await get(path);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).not.toContain(SECRET);
    // Still serving: the next ordinary request is answered.
    expect((await get('/')).status).toBe(200);
  });

  it('answers odd request targets, hosts and methods with a 4xx', async () => {
    const host = `Host: 127.0.0.1:${port}\r\n`;
    const cases: [string, number][] = [
      [`GET http://127.0.0.1:${port}/%E0%A4%A HTTP/1.1\r\n${host}\r\n`, 400],
      [`OPTIONS * HTTP/1.1\r\n${host}\r\n`, 400],
      [`OPTIONS / HTTP/1.1\r\n${host}\r\n`, 405],
      [`DELETE /index.html HTTP/1.1\r\n${host}\r\n`, 405],
      [`GET /api/app.info HTTP/1.1\r\n${host}x-desk-token: ${TOKEN}\r\n\r\n`, 405],
      [`GET / HTTP/1.0\r\n\r\n`, 421],
      [`GET / HTTP/1.1\r\nHost: 127.0.0.1.evil.example\r\n\r\n`, 421],
      [`GET / HTTP/1.1\r\nHost: 127.0.0.1:1:2\r\n\r\n`, 421],
      [`GET / HTTP/1.1\r\nHost: evil.example\r\nHost: 127.0.0.1\r\n\r\n`, 421],
      [`GET / HTTP/1.1\r\nHost: \r\n\r\n`, 421],
      [`GET /\x01 HTTP/1.1\r\n${host}\r\n`, 400],
      [`GET / HTTP/1.1\r\n${host}X-Odd: a\x00b\r\n\r\n`, 400],
      [`GET / HTTP/1.1\r\n${host}X-Long: ${'x'.repeat(20_000)}\r\n\r\n`, 431],
    ];
    for (const [request, status] of cases) {
      expect((await rawRequest(request)).status, request.slice(0, 60)).toBe(status);
    }
    // HEAD: the page's headers, no body.
    const head = await rawRequest(`HEAD / HTTP/1.1\r\n${host}Connection: close\r\n\r\n`, { holdOpen: true });
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.head).toMatch(/content-length: [1-9]/i);
    expect(head.head).toContain("script-src 'self'");
    expect((await get('/')).status).toBe(200);
  });

  it('survives channel names that reach for the prototype', async () => {
    for (const name of ['__proto__.constructor', 'constructor.name', 'toString.call', '__proto__', 'visits.__proto__']) {
      expect(await (await post(name, '{}')).json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('does not log or fall over when a client hangs up mid-body', async () => {
    logError.mockClear();
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((done) => socket.on('connect', done));
    socket.write(`POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nx-desk-token: ${TOKEN}\r\nContent-Length: 1000\r\n\r\n{"a":`);
    await new Promise((done) => setImmediate(done));
    socket.resetAndDestroy();
    await new Promise((done) => socket.on('close', done));
    expect(await (await post('app.info', '{}')).json()).toMatchObject({ ok: true });
    expect(logError).not.toHaveBeenCalled();
  });
});

describe('web shell: the last-resort guard', () => {
  it('answers 500 and logs when a handler throws, and keeps serving', async () => {
    const log = vi.fn();
    const throwing = vi.fn<Dispatch>();
    throwing.mockImplementationOnce(() => {
      throw new Error('boom (sync)');
    });
    throwing.mockImplementationOnce(() => Promise.reject(new Error('boom (async)')));
    // Not JSON-serialisable: the throw happens while answering.
    throwing.mockImplementationOnce(() => Promise.resolve({ ok: true, value: 10n }));
    throwing.mockImplementation(() => Promise.resolve({ ok: true, value: 'fine' }));
    const server = await listen(createWebServer({ dispatch: throwing, rendererDir, token: TOKEN, logError: log, downloads }));
    const call = async () => {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/app.info`, { method: 'POST', headers: { 'x-desk-token': TOKEN }, body: '{}' });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    for (const n of [1, 2, 3]) {
      expect(await call()).toEqual({ status: 500, body: { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong.' } } });
      expect(log).toHaveBeenCalledTimes(n);
      expect(log.mock.calls[n - 1]![0]).toContain('POST /api/app.info');
    }
    expect(await call()).toEqual({ status: 200, body: { ok: true, value: 'fine' } });
    await server.close();
  });

  it('answers a URIError with 400, and cuts an answer that had already begun', async () => {
    const log = vi.fn();
    const handler = vi.fn((req: { url?: string }, res: import('node:http').ServerResponse) => {
      if (req.url === '/uri') decodeURIComponent('%');
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
      throw new Error('failed half-way');
    });
    const server = await listen(createServer(contained(handler, log)));
    expect((await rawRequest(`GET /uri HTTP/1.1\r\nHost: x\r\n\r\n`, { toPort: server.port })).status).toBe(400);
    const cut = await rawRequest(`GET /half HTTP/1.1\r\nHost: x\r\n\r\n`, { toPort: server.port, holdOpen: true });
    expect(cut).toMatchObject({ status: 200, body: 'partial', closed: true });
    expect(log).toHaveBeenCalledTimes(2);
    expect(handler).toHaveBeenCalledTimes(2);
    await server.close();
  });
});

describe('web shell: body limit', () => {
  const apiHead = (extra: string) => `POST /api/visitors.search HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nx-desk-token: ${TOKEN}\r\n${extra}\r\n`;

  it('refuses a body whose Content-Length is over the limit before reading it', async () => {
    // The client sends two bytes of a claimed gigabyte and then waits: only the header can have decided.
    const answer = await rawRequest(`${apiHead(`Content-Length: ${1024 ** 3}\r\n`)}{}`, { holdOpen: true, withinMs: 5_000 });
    expect(answer).toMatchObject({ status: 413, closed: true });
    expect(answer.head.toLowerCase()).toContain('connection: close');
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('refuses an announced oversized body before asking for it (Expect: 100-continue)', async () => {
    const answer = await rawRequest(apiHead(`Content-Length: ${MAX_BODY_BYTES + 1}\r\nExpect: 100-continue\r\n`), { holdOpen: true, withinMs: 5_000 });
    expect(answer.status).toBe(413);
    expect(answer.head).not.toContain('100 Continue');
  });

  it('stops reading a chunked body that never ends once it passes the limit', async () => {
    const chunk = Buffer.from(`4000\r\n${'x'.repeat(0x4000)}\r\n`);
    const answer = await rawRequest(apiHead('Transfer-Encoding: chunked\r\n'), { stream: chunk, holdOpen: true, withinMs: 10_000 });
    expect(answer).toMatchObject({ status: 413, closed: true });
  });

  it('still takes a body under the limit, chunked or not', async () => {
    const json = JSON.stringify({ query: '张' });
    const chunked = await rawRequest(`${apiHead('Transfer-Encoding: chunked\r\n')}${Buffer.byteLength(json).toString(16)}\r\n${json}\r\n0\r\n\r\n`);
    expect(chunked.status).toBe(200);
    const near = await post('visitors.search', JSON.stringify({ query: 'x', pad: 'y'.repeat(MAX_BODY_BYTES - 100) }));
    expect(near.status).toBe(200);
  });
});

describe('web shell: files reach the browser as downloads', () => {
  it('hands an export over once, by a link that carries its (Chinese) name and no token', async () => {
    const exported = await core.call<{ fileName: string; fileId: string }>('audit.export', { format: 'csv' });
    const delivery = await core.call<{ kind: string; url: string; fileName: string }>('files.deliver', { fileId: exported.fileId });
    expect(delivery).toMatchObject({ kind: 'download', fileName: exported.fileName });
    expect(delivery.url).toMatch(/^\/downloads\/[0-9a-f-]{36}$/);

    const res = await fetch(`${base}${delivery.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${exported.fileName}"; filename*=UTF-8''${encodeURIComponent(exported.fileName)}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(readFileSync(join(core.dataDir, 'exports', exported.fileName)));
    // Used once: a second fetch (another tab, a replayed link) finds nothing.
    expect((await fetch(`${base}${delivery.url}`)).status).toBe(404);
  });

  it('serves no file for a made-up link, a POST, or a foreign Host', async () => {
    expect((await fetch(`${base}/downloads/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const exported = await core.call<{ fileId: string }>('audit.export', { format: 'xlsx' });
    const { url } = await core.call<{ url: string }>('files.deliver', { fileId: exported.fileId });
    expect((await fetch(`${base}${url}`, { method: 'POST' })).status).toBe(404);
    expect((await get(url, 'Host: evil.example\r\n')).status).toBe(421);
    // The refused attempts did not use the link up.
    expect((await fetch(`${base}${url}`)).status).toBe(200);
  });
});
