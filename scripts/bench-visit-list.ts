/**
 * `npx tsx scripts/bench-visit-list.ts [--history] [visits...]`: what one desk
 * list costs over HTTP as the visits pile up — milliseconds and bytes per
 * answer. Visits are written straight into a fresh database (all of them
 * today, the desk's worst day; or with --history, spread back in time at 500 a
 * day; 300 still on site), then the list is asked for through the web shell
 * the way the renderer asks. A script, not a timed test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { createCore } from '../main/app/create-core';
import { BrowserDownloads } from '../main/shells/web/browser-downloads';
import { localDay } from '../main/core/clock';
import { DataKeyStore } from '../main/security/data-key-store';
import { createWebServer } from '../main/shells/web/http-server';
import type { PrintEngine } from '../main/print/print-engine';
import { jsonFileBackend } from '../main/pc-settings/json-file-backend';
import { openPcSettings } from '../main/pc-settings/pc-settings-store';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const HISTORY = process.argv.includes('--history');
const PER_DAY = 500;
const ON_SITE = 300;

const noPrinter: PrintEngine = {
  listPrinters: async () => [],
  renderPdf: async () => Buffer.alloc(0),
  print: async () => undefined,
  close: async () => undefined,
};

function seed(sqlite: import('better-sqlite3').Database, count: number): void {
  const today = new Date();
  const dayOf = (i: number) => (HISTORY ? localDay(new Date(today.getTime() - Math.floor((count - 1 - i) / PER_DAY) * 86_400_000)) : localDay(today));
  const addVisitor = sqlite.prepare(
    `INSERT INTO people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials, company, phone) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, ?)`,
  );
  const addVisit = sqlite.prepare(
    `INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, purpose, badge_no, check_in_at, check_out_at, visit_day)
     VALUES (?, ?, ?, 'bench', ?, 'walk_in', ?, '李娜', '商务洽谈', ?, ?, ?, ?)`,
  );
  const start = Date.now() - count * 1000;
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const at = new Date(start + i * 1000).toISOString();
      const personId = uuidv7();
      addVisitor.run(personId, at, at, `访客${i}`, `fangke${i}`, 'fk', `测试公司${i % 500}`, `13${String(100000000 + i).slice(0, 9)}`);
      const onSite = i >= count - ON_SITE;
      addVisit.run(uuidv7(), at, at, personId, onSite ? 'on_site' : 'checked_out', `V${String(i).padStart(12, '0')}`, at, onSite ? null : at, dayOf(i));
    }
  })();
}

async function measure(count: number): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-bench-list-'));
  const downloads = new BrowserDownloads();
  const core = await createCore({ dataDir, appRoot: ROOT, appVersion: 'bench', shell: 'web', keys: new DataKeyStore(join(dataDir, 'data-key.json'), null), printEngine: noPrinter, pcSettings: openPcSettings(jsonFileBackend(dataDir)), handOver: downloads });
  const { passphrase } = (await core.dispatch('setup.recoveryPassphrase', {}) as { value: { passphrase: string } }).value;
  await core.dispatch('setup.complete', { siteName: 'Bench', locale: 'zh-CN', adminLogin: 'admin', adminName: 'Admin', adminPassword: 'Bench-pass-1', recoveryPassphrase: passphrase });
  seed(core.sqlite, count);
  const token = 'bench-token';
  const server = createWebServer({ dispatch: core.dispatch, rendererDir: join(ROOT, 'out', 'renderer'), token, downloads });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/visits.list`;

  const ask = async (input: object) => {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'x-desk-token': token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const body = await res.text();
    const ms = performance.now() - t;
    const value = (JSON.parse(body) as { value: unknown[] | { rows: unknown[] } }).value;
    return { ms, bytes: Buffer.byteLength(body), rows: Array.isArray(value) ? value.length : value.rows.length };
  };
  const cases: [string, object][] = [
    ['today (first page)', { scope: 'today' }],
    ['today, filtered "测试公司42"', { scope: 'today', query: '测试公司42' }],
    ['today, a page deep in the list', { scope: 'today', offset: Math.max(0, (HISTORY ? Math.min(count, PER_DAY) : count) - 100) }],
    ['on site (first page)', { scope: 'on_site' }],
  ];
  console.log(`\n${count} visits, ${HISTORY ? `${PER_DAY} a day, back in time` : 'all today'} (${ON_SITE} on site)`);
  for (const [label, input] of cases) {
    const samples = [];
    for (let i = 0; i < 15; i++) samples.push(await ask(input));
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    const { bytes, rows } = samples[0]!;
    console.log(`  visits.list ${label.padEnd(32)} rows ${String(rows).padStart(6)}  ${String(bytes).padStart(9)} bytes  p50 ${sorted[7]!.toFixed(1).padStart(7)} ms  max ${sorted[14]!.toFixed(1).padStart(7)} ms`);
  }
  server.close();
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
}

for (const n of SIZES.length ? SIZES : [5_000, 100_000]) await measure(n);
