/**
 * `npx tsx scripts/bench-people-list.ts [people]`: what the directory's People
 * tab costs as the directory grows (default 100 000 people, a third with a
 * visit). People are written straight into a fresh database; then
 * `people.list` is asked the ways a receptionist types. A script, not a timed test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { createCore } from '../main/app/create-core';
import { saveIntoFolder } from '../main/files/file-delivery';
import { DataKeyStore } from '../main/security/data-key-store';
import { nameKeys } from '../main/search/pinyin';
import type { PrintEngine } from '../main/print/print-engine';
import { jsonFileBackend } from '../main/pc-settings/json-file-backend';
import { openPcSettings } from '../main/pc-settings/pc-settings-store';

const ROOT = resolve(import.meta.dirname, '..');
const COUNT = Number(process.argv[2] ?? 100_000);
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰飞鹏辉建国文斌宇浩凯晨婷雪琳欣怡子轩梓涵';
const noPrinter: PrintEngine = { listPrinters: async () => [], renderPdf: async () => Buffer.alloc(0), print: async () => undefined, close: async () => undefined };

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-bench-people-'));
  const core = await createCore({ dataDir, appRoot: ROOT, appVersion: 'bench', shell: 'web', keys: new DataKeyStore(join(dataDir, 'data-key.json'), null), printEngine: noPrinter, pcSettings: openPcSettings(jsonFileBackend(dataDir)), handOver: saveIntoFolder(join(dataDir, 'bench-downloads')) });
  const { passphrase } = ((await core.dispatch('setup.recoveryPassphrase', {})) as { value: { passphrase: string } }).value;
  await core.dispatch('setup.complete', { siteName: 'Bench', locale: 'zh-CN', adminLogin: 'admin', adminName: 'Admin', adminPassword: 'Bench-pass-1', recoveryPassphrase: passphrase });
  const sqlite = core.sqlite;
  const addPerson = sqlite.prepare(
    `INSERT INTO people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials, company, phone) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, ?)`,
  );
  const addVisit = sqlite.prepare(
    `INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, purpose, badge_no, check_in_at, check_out_at, visit_day)
     VALUES (?, ?, ?, 'bench', ?, 'walk_in', 'checked_out', '李娜', '商务洽谈', ?, ?, ?, '2026-01-05')`,
  );
  const at = new Date().toISOString();
  sqlite.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const name = SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]! + (i % 3 === 0 ? GIVEN[(i * 13) % GIVEN.length]! : '');
      const keys = nameKeys(name);
      const id = uuidv7();
      addPerson.run(id, at, at, name, keys.full, keys.initials, `测试公司${i % 500}`, `13${String(100000000 + i).slice(0, 9)}`);
      if (i % 3 === 0) addVisit.run(uuidv7(), at, at, id, `V${String(i).padStart(12, '0')}`, at, at);
    }
  })();
  // Page 2000 read by key: the cursor of the row just before it, as 1 999 pages of scrolling would have handed out.
  const before = sqlite.prepare('SELECT name_pinyin AS pinyin, id FROM people WHERE deleted_at IS NULL ORDER BY name_pinyin, id LIMIT 1 OFFSET 99899').get() as { pinyin: string; id: string };
  const cases: [string, object][] = [
    ['everyone, first page', { limit: 20, count: true }],
    ['everyone, page 2000', { limit: 50, cursor: JSON.stringify([before.pinyin, before.id]) }],
    ['name characters "张伟"', { query: '张伟', limit: 20, count: true }],
    ['initials "zw"', { query: 'zw', limit: 20, count: true }],
    ['full pinyin "zhangwei"', { query: 'zhangwei', limit: 20, count: true }],
    ['company "测试公司42"', { query: '测试公司42', limit: 20, count: true }],
    ['phone "138-0000-1234"', { query: '138-0000-1234', limit: 20, count: true }],
    ['without a client', { withoutClient: true, limit: 20, count: true }],
  ];
  for (const [label, input] of cases) {
    const samples: number[] = [];
    let counted = '';
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const r = (await core.dispatch('people.list', input)) as { ok: boolean; value: { items: unknown[]; count?: { n: number; more: boolean } } };
      samples.push(performance.now() - t);
      counted = r.value.count ? `${r.value.count.n}${r.value.count.more ? '+' : ''}` : `${r.value.items.length} shown`;
    }
    samples.sort((a, b) => a - b);
    console.log(`${label.padEnd(30)} ${counted.padStart(9)}  median ${samples[3]!.toFixed(1).padStart(7)} ms  max ${samples[6]!.toFixed(1).padStart(7)} ms`);
  }
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
}

void main();
