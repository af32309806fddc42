import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createCore, type Core } from '../../main/app/create-core';
import { jsonFileBackend } from '../../main/pc-settings/json-file-backend';
import { openPcSettings } from '../../main/pc-settings/pc-settings-store';
import { DataKeyStore } from '../../main/security/data-key-store';
import { BrowserDownloads } from '../../main/shells/web/browser-downloads';
import { ChromiumPrintEngine } from '../../main/shells/web/chromium-print-engine';
import { createWebServer } from '../../main/shells/web/http-server';
import type { GeneratedManifest } from './manifest';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export type Call = <T = unknown>(channel: string, input: unknown) => Promise<T>;

/** The app as the web shell runs it (same core, print engine and HTTP server), signed in as the administrator. */
export interface BenchCore {
  core: Core;
  /** Through the router, in process; throws on an error result so a broken call never passes for a fast one. */
  call: Call;
  /** The same channel over the web shell's HTTP, as the renderer's transport sends it. */
  http: Call;
  engine: ChromiumPrintEngine;
  close: () => Promise<void>;
}

function unwrap<T>(channel: string, r: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export async function openBenchCore(manifest: GeneratedManifest, dataDir: string): Promise<BenchCore> {
  const token = randomBytes(24).toString('base64url');
  let baseUrl = '';
  const engine = new ChromiumPrintEngine((jobId) => `${baseUrl}/?token=${token}#/print/${jobId}`, ROOT);
  const downloads = new BrowserDownloads();
  const core = await createCore({
    // A script's core: no daily timer, no snapshot at close (the bench times backups on its own).
    automaticBackups: false,
    dataDir,
    appRoot: ROOT,
    appVersion: 'bench',
    shell: 'web',
    keys: new DataKeyStore(join(dataDir, 'data-key.json'), null),
    autoUnsealPassphrase: manifest.recoveryPassphrase,
    printEngine: engine,
    pcSettings: openPcSettings(jsonFileBackend(dataDir)),
    handOver: downloads,
  });
  const call: Call = async (channel, input) => unwrap(channel, await core.dispatch(channel, input));
  await call('session.signIn', { login: manifest.adminLogin, password: manifest.adminPassword });
  const server = createWebServer({ dispatch: core.dispatch, rendererDir: join(ROOT, 'out', 'renderer'), token, downloads });
  // Long-lived idle connections: with Node's 5 s default, a pooled connection left idle while the in-process
  // figures are taken is closed by the server just as fetch reuses it (ECONNRESET). Only idle time is affected.
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const http: Call = async (channel, input) => {
    const res = await fetch(`${baseUrl}/api/${channel}`, { method: 'POST', headers: { 'x-desk-token': token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
    return unwrap(channel, (await res.json()) as { ok: boolean });
  };
  return {
    core,
    call,
    http,
    engine,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await core.close();
    },
  };
}
