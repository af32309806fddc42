/**
 * `npx tsx scripts/bench-lists.ts [--people N] [--visits N] [--plans N] [--dir PATH]`:
 * the desk's lists and the plan calendar on ten years of history. A data
 * folder is set up through the app's own channels, then filled straight
 * through SQLite (400 000 people, 2 000 000 visits over ten years ending
 * today, 5 500 plans with guests, itinerary, team and a room), then every list
 * the front desk and the calendar open is asked for through the router, the
 * way the renderer asks. With --dir the folder is kept and reused on the next
 * run (seeding takes minutes). A script, not a timed test.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore, type Core } from '../main/app/create-core';
import { BrowserDownloads } from '../main/shells/web/browser-downloads';
import { DataKeyStore } from '../main/security/data-key-store';
import type { PrintEngine } from '../main/print/print-engine';
import { jsonFileBackend } from '../main/pc-settings/json-file-backend';
import { openPcSettings } from '../main/pc-settings/pc-settings-store';
import { seedLists, type SeedSize } from './bench-lists-seed';

const ROOT = resolve(import.meta.dirname, '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const size: SeedSize = { people: Number(arg('people', '400000')), visits: Number(arg('visits', '2000000')), plans: Number(arg('plans', '5500')) };
const dataDir = resolve(arg('dir', join(tmpdir(), `reception-bench-lists-${size.visits}`)));
const ADMIN = { login: 'admin', password: 'Bench-pass-1' };

const noPrinter: PrintEngine = {
  listPrinters: async () => [],
  renderPdf: async () => Buffer.alloc(0),
  print: async () => undefined,
  close: async () => undefined,
};

async function open(passphrase?: string): Promise<Core> {
  return createCore({
    // A script's core: no daily timer, no snapshot at close (the bench times backups on its own).
    automaticBackups: false,
    dataDir,
    appRoot: ROOT,
    appVersion: 'bench',
    shell: 'web',
    keys: new DataKeyStore(join(dataDir, 'data-key.json'), null),
    ...(passphrase && { autoUnsealPassphrase: passphrase }),
    printEngine: noPrinter,
    pcSettings: openPcSettings(jsonFileBackend(dataDir)),
    handOver: new BrowserDownloads(),
  });
}

function caller(core: Core) {
  return async <T>(name: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
}

async function prepared(): Promise<Core> {
  const marker = join(dataDir, 'bench-lists.json');
  if (existsSync(marker)) {
    const { passphrase } = JSON.parse(readFileSync(marker, 'utf8')) as { passphrase: string };
    const t = performance.now();
    const core = await open(passphrase);
    console.log(`Reopened ${dataDir} (core start ${(performance.now() - t).toFixed(0)} ms)`);
    await caller(core)('session.signIn', ADMIN);
    return core;
  }
  mkdirSync(dataDir, { recursive: true });
  const core = await open();
  const call = caller(core);
  const { passphrase } = await call<{ passphrase: string }>('setup.recoveryPassphrase', {});
  await call('setup.complete', { siteName: 'Bench', locale: 'zh-CN', adminLogin: ADMIN.login, adminName: 'Admin', adminPassword: ADMIN.password, recoveryPassphrase: passphrase });
  console.log(`Seeding ${size.people} people, ${size.visits} visits, ${size.plans} plans into ${dataDir} ...`);
  const t = performance.now();
  seedLists(core.sqlite, size, new Date());
  console.log(`Seeded in ${((performance.now() - t) / 1000).toFixed(0)} s.`);
  writeFileSync(marker, JSON.stringify({ passphrase, size }));
  return core;
}

interface Figures {
  p50: number;
  p95: number;
  cpuP50: number;
  cpuP95: number;
}

function quantiles(samples: number[]): (q: number) => number {
  const sorted = [...samples].sort((a, b) => a - b);
  return (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * Wall time, and the CPU time this process spent: on a shared 2-core machine
 * the wall clock also counts waiting for other processes, the CPU time only
 * the work (better-sqlite3 answers synchronously, so the two agree when idle).
 */
function stats(label: string, samples: { wall: number; cpu: number }[]): Figures {
  const wall = quantiles(samples.map((s) => s.wall));
  const cpu = quantiles(samples.map((s) => s.cpu));
  const r = { p50: wall(0.5), p95: wall(0.95), cpuP50: cpu(0.5), cpuP95: cpu(0.95) };
  const ms = (n: number) => n.toFixed(2).padStart(7);
  console.log(`${label.padEnd(44)} wall p50 ${ms(r.p50)} p95 ${ms(r.p95)}   cpu p50 ${ms(r.cpuP50)} p95 ${ms(r.cpuP95)} ms`);
  return r;
}

async function timed(n: number, fn: (i: number) => Promise<unknown>): Promise<{ wall: number; cpu: number }[]> {
  const samples: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn(i);
    const wall = performance.now() - t;
    const used = process.cpuUsage(c);
    samples.push({ wall, cpu: (used.user + used.system) / 1000 });
  }
  return samples;
}

const core = await prepared();
const call = caller(core);
const db = core.sqlite;
const today = db.prepare(`SELECT max(visit_day) AS d FROM visits`).get() as { d: string };
const month = today.d.slice(0, 8);
// A plan of today's, still open: its detail also looks for other plans at the same time.
const somePlan = db.prepare(`SELECT id FROM visit_plans WHERE arrival_at >= ? AND status = 'confirmed' ORDER BY arrival_at LIMIT 1`).get(today.d) as { id: string };
const results: Record<string, Figures> = {};
const EXPLAIN = process.argv.includes('--explain');

/** With --explain, the query plan of every SELECT a call runs (what to look at when a figure is off). */
async function explained(fn: () => Promise<unknown>): Promise<void> {
  if (!EXPLAIN) return void (await fn());
  const prepare = db.prepare.bind(db);
  const ran: { source: string; params: unknown[] }[] = [];
  db.prepare = ((source: string) => {
    const statement = prepare(source) as unknown as Record<string, (...params: unknown[]) => unknown>;
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = statement[method]!.bind(statement);
      statement[method] = (...params: unknown[]) => (ran.push({ source, params }), original(...params));
    }
    return statement;
  }) as unknown as typeof db.prepare;
  try {
    await fn();
  } finally {
    db.prepare = prepare;
  }
  for (const r of ran.filter((q) => /^\s*(SELECT|WITH)\b/i.test(q.source))) {
    console.log(`    ${r.source.replace(/\s+/g, ' ').trim().slice(0, 160)}`);
    for (const step of prepare(`EXPLAIN QUERY PLAN ${r.source}`).all(...r.params) as { detail: string }[]) console.log(`      ${step.detail}`);
  }
}

const ONLY = process.argv.includes('--only') ? arg('only', '') : '';
const measure = async (label: string, n: number, fn: (i: number) => Promise<unknown>) => {
  if (ONLY && !label.includes(ONLY)) return;
  await explained(() => fn(-1)); // also warms the statement cache: the desk asks the same questions all day
  results[label] = stats(label, await timed(n, fn));
};

await measure('visits.list today, first page', 100, () => call('visits.list', { scope: 'today', query: '', limit: 50, offset: 0 }));
await measure('visits.list today, last page', 50, () => call('visits.list', { scope: 'today', query: '', limit: 50, offset: 450 }));
await measure('visits.list today, filtered', 50, () => call('visits.list', { scope: 'today', query: '公司4', limit: 50, offset: 0 }));
await measure('visits.list on site, first page', 100, () => call('visits.list', { scope: 'on_site', query: '', limit: 50, offset: 0 }));
await measure('visits.expected today', 100, () => call('visits.expected', {}));
await measure('plans.list this month (calendar)', 100, () => call('plans.list', { from: `${month}01`, to: `${month}28`, limit: 500, offset: 0 }));
await measure('plans.list all, first page', 100, () => call('plans.list', { limit: 50, offset: 0 }));
await measure('plans.list all, page 50', 50, () => call('plans.list', { limit: 50, offset: 2500 }));
await measure('plans.get', 100, () => call('plans.get', { id: somePlan.id }));
const badges: string[] = [];
await measure('visits.checkIn (walk-in, new visitor)', 100, async (i) => {
  const v = await call<{ badgeNo: string }>('visits.checkIn', {
    name: `测试${i}`, company: '基准公司', phone: `139${String(10_000_000 + Math.floor(Math.random() * 89_999_999))}`,
    idType: 'resident_id', idNumber: '', host: '李娜', purpose: '参观', privacyAck: true,
  });
  badges.push(v.badgeNo);
});
await measure('visits.checkOutByBadge', 100, (i) => call('visits.checkOutByBadge', { badgeNo: badges[i + 1]! }));
writeFileSync(join(dataDir, 'bench-lists-results.json'), JSON.stringify({ size, at: new Date().toISOString(), results }, null, 2));
await core.close();
