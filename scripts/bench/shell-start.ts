import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { ROOT } from './bench-core';

export interface ShellStart {
  /** Process spawned → the ready line printed (listening). */
  readyMs: number;
  /** Process spawned → the first call (session.status) answered over HTTP. */
  answeredMs: number;
  /** The first screen the status leads to (sealed: the unseal form; signedOut: sign-in). */
  phase: string;
  url: string;
  stop: () => Promise<number>;
}

function postJson(url: string, token: string, body: unknown): Promise<{ ok: boolean; value?: { phase?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'x-desk-token': token, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (b: Buffer) => (text += b.toString('utf8')));
      res.on('end', () => resolve(JSON.parse(text) as { ok: boolean; value?: { phase?: string } }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/**
 * Starts the BUILT web shell (out/main/web.js, what ships) on a data folder
 * with the project's Node, timed from outside the process as a user or a
 * script sees it: from spawn to the first answer. `stop` ends it as the
 * desk's own shutdown does (SIGTERM: a clean close) and returns how long that
 * took.
 */
export async function startShellTimed(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<ShellStart> {
  const began = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const exited = new Promise((done) => child.on('exit', done));
  let out = '';
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      const m = /web shell: (http\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the web shell stopped (${code}) before it was ready:\n${err}`)));
  });
  const readyMs = performance.now() - began;
  const u = new URL(url);
  const status = await postJson(`${u.origin}/api/session.status`, u.searchParams.get('token')!, {});
  const answeredMs = performance.now() - began;
  return {
    readyMs,
    answeredMs,
    phase: status.value?.phase ?? 'error',
    url,
    stop: async () => {
      const t = performance.now();
      child.kill('SIGTERM');
      await exited;
      return performance.now() - t;
    },
  };
}

/**
 * The floor of a start: a fresh process of the same Node opens the same
 * database file with better-sqlite3 and reads the settings, timed the same
 * way (spawn → its answer on stdout).
 */
export async function floorStartTimed(databaseFile: string): Promise<number> {
  const began = performance.now();
  const script = `const D=require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))});const d=new D(process.argv[1]);d.pragma('journal_mode = WAL');const n=d.prepare('SELECT count(*) FROM settings').pluck().get();process.stdout.write('answer '+n+'\\n');d.close();`;
  const child = spawn(process.execPath, ['-e', script, databaseFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  const answered = new Promise<number>((resolve) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString('utf8');
      if (out.includes('answer')) resolve(performance.now() - began);
    });
  });
  const first = await Promise.race([answered, exited.then((code) => Promise.reject(new Error(`floor start failed (${code})`)))]);
  await exited;
  return first;
}
