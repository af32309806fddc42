import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer, MAX_BODY_BYTES } from '../../main/shells/web/http-server';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

const TOKEN = 'test-token-123456';
let core: TestCore;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  core = await makeTestCore();
  const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const server = createWebServer({ dispatch: core.dispatch, rendererDir, token: TOKEN });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((done) => server.close(() => done()));
});
afterAll(async () => {
  await close();
  await core.cleanup();
});

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
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${base}/assets/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });
});
