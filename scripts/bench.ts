/**
 * `npm run bench`: how fast the desk is where a visitor is waiting. Real SQLite
 * file, real encryption and audit chain, real Chromium for badge PDFs.
 * Numbers go into the issue notes; this is a script, not a timed test.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../main/app/create-core';
import { BrowserDownloads } from '../main/shells/web/browser-downloads';
import { DataKeyStore } from '../main/security/data-key-store';
import { ChromiumPrintEngine } from '../main/shells/web/chromium-print-engine';
import { createWebServer } from '../main/shells/web/http-server';
import { benchPlans } from './bench-plans';
import { jsonFileBackend } from '../main/pc-settings/json-file-backend';
import { openPcSettings } from '../main/pc-settings/pc-settings-store';

const ROOT = resolve(import.meta.dirname, '..');
const VISITORS = Number(process.env.BENCH_VISITORS ?? 20_000);
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰飞鹏辉建国文斌宇浩凯晨婷雪琳欣怡子轩梓涵';

function nameFor(i: number): string {
  return SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]! + (i % 3 === 0 ? GIVEN[(i * 13) % GIVEN.length]! : '');
}

function stats(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  console.log(`${label.padEnd(44)} n=${String(samples.length).padStart(5)}  p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms  max ${at(1).padStart(7)} ms`);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function repeatTimed(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await time(fn));
  return samples;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-bench-'));
  let baseUrl = '';
  const token = 'bench-token';
  const engine = new ChromiumPrintEngine((jobId) => `${baseUrl}/?token=${token}#/print/${jobId}`);
  const downloads = new BrowserDownloads();
  const core = await createCore({
    dataDir,
    appRoot: ROOT,
    appVersion: 'bench',
    shell: 'web',
    keys: new DataKeyStore(join(dataDir, 'data-key.json'), null),
    printEngine: engine,
    pcSettings: openPcSettings(jsonFileBackend(dataDir)),
    handOver: downloads,
  });
  const call = async (name: string, input: unknown) => {
    const r = await core.dispatch(name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as { id: string; badgeNo: string };
  };

  const { passphrase } = (await call('setup.recoveryPassphrase', {})) as unknown as { passphrase: string };
  await call('setup.complete', { siteName: 'Bench', locale: 'zh-CN', adminLogin: 'admin', adminName: 'Admin', adminPassword: 'Bench-pass-1', recoveryPassphrase: passphrase });

  console.log(`Seeding ${VISITORS} visitors through the router (validation, encryption, audit) ...`);
  const checkIns: number[] = [];
  const checkOuts: number[] = [];
  const badges: string[] = [];
  const seedStart = performance.now();
  for (let i = 0; i < VISITORS; i++) {
    const input = {
      name: nameFor(i),
      company: `测试公司${i % 500}`,
      phone: `13${String(100000000 + i).slice(0, 9)}`,
      idType: 'passport',
      idNumber: `E${String(10000000 + i)}`,
      host: '李娜',
      privacyAck: true,
    };
    let visit!: { id: string; badgeNo: string };
    checkIns.push(await time(async () => (visit = await call('visits.checkIn', input))));
    badges.push(visit.badgeNo);
    if (i < VISITORS - 300) checkOuts.push(await time(() => call('visits.checkOut', { visitId: visit.id })));
  }
  console.log(`Seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; 300 left on site.\n`);
  stats('visits.checkIn (new visitor)', checkIns);
  stats('visits.checkOut', checkOuts);

  const queries: [string, string][] = [
    ['search: 1 Chinese character', '王'],
    ['search: full name', nameFor(4242)],
    ['search: full pinyin prefix', 'zhangwei'],
    ['search: initials', 'zw'],
    ['search: phone fragment', '0004242'],
    ['search: company', '测试公司42'],
    ['search: whole passport number (blind index)', 'E10004242'],
    ['search: no match', '不存在的人'],
  ];
  for (const [label, query] of queries) {
    const samples: number[] = [];
    for (let i = 0; i < 200; i++) samples.push(await time(() => call('visitors.search', { query, limit: 8 })));
    stats(label, samples);
  }

  const lists: number[] = [];
  for (let i = 0; i < 100; i++) lists.push(await time(() => call('visits.list', { scope: 'on_site' })));
  stats('visits.list on_site (300 on site, page of 50)', lists);
  const today: number[] = [];
  for (let i = 0; i < 20; i++) today.push(await time(() => call('visits.list', { scope: 'today' })));
  stats(`visits.list today (${VISITORS} today, page of 50)`, today);

  // The list is paged (at most 200 a call): gather the first 2 400 visitors page by page.
  const personIds: string[] = [];
  while (personIds.length < 2400) {
    const page = (await call('visits.list', { scope: 'today', limit: 200, offset: personIds.length })) as unknown as { rows: { personId: string }[] };
    if (page.rows.length === 0) break;
    personIds.push(...page.rows.map((v) => v.personId));
  }
  const planned = await benchPlans(call as never, stats, personIds.slice(0, 2400));

  const onSite = badges.slice(-300);
  const scans: number[] = [];
  for (const badgeNo of onSite.slice(0, 200)) scans.push(await time(() => call('visits.checkOutByBadge', { badgeNo })));
  stats('visits.checkOutByBadge (scan)', scans);

  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    console.log('\nNo renderer build (run `npm run build`): badge PDF timings skipped.');
  } else {
    const server = createWebServer({ dispatch: core.dispatch, rendererDir: join(ROOT, 'out', 'renderer'), token, downloads });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const remaining = (await call('visits.list', { scope: 'on_site', limit: 200 })) as unknown as { rows: { id: string }[] };
    const ids = remaining.rows.map((v) => v.id);
    const first = await time(() => call('print.badges', { visitIds: [ids[0]], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' }));
    console.log(`${'print.badges 89×36 PDF, cold (starts Chromium)'.padEnd(44)} ${first.toFixed(0)} ms`);
    const warm: number[] = [];
    for (let i = 1; i <= 10; i++) warm.push(await time(() => call('print.badges', { visitIds: [ids[i]], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' })));
    stats('print.badges 89×36 PDF, warm', warm);
    const sheet = await time(() => call('print.badges', { visitIds: ids.slice(20, 70), layoutId: 'a4-2x5', printerId: 'pdf', locale: 'zh-CN' }));
    console.log(`${'print.badges 50 badges on A4 (5 pages)'.padEnd(44)} ${sheet.toFixed(0)} ms`);
    const team = { planId: planned.planId, document: 'itinerary', audience: 'team', locale: 'zh-CN', printerId: 'pdf' };
    stats('print.planDocument team itinerary, warm', await repeatTimed(5, () => call('print.planDocument', team)));
    const sign = { planId: planned.planId, document: 'welcomeSign', locale: 'zh-CN', printerId: 'pdf' };
    stats('print.planDocument welcome sign, warm', await repeatTimed(5, () => call('print.planDocument', sign)));
    stats('print.daySchedule (7 visits)', await repeatTimed(5, () => call('print.daySchedule', { day: planned.day, locale: 'zh-CN', printerId: 'pdf' })));
    server.close();
  }
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
