/**
 * `npx tsx scripts/bench-search-keys.ts`: how long the one-time re-keying of
 * pinyin search keys (main/core/data-migrations.ts) takes at start on a large
 * directory. Real SQLite file with the app's migrations; visitors written with
 * the old keys (ü dropped), as a desk upgraded from an older version has them.
 * BENCH_VISITORS (default 100 000) and BENCH_CLIENTS (default 5 000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { openDatabase } from '../db/open';
import { migrateSearchKeys, SEARCH_KEYS_VERSION_KEY } from '../main/app/data-migrations';

const ROOT = resolve(import.meta.dirname, '..');
const VISITORS = Number(process.env.BENCH_VISITORS ?? 100_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 5_000);
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤闾';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰飞鹏辉建国文斌宇浩凯晨婷雪琳欣怡子轩梓涵绿律女旅';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-bench-keys-'));
  const { sqlite } = await openDatabase({ file: join(dataDir, 'bench.sqlite3'), migrationsFolder: join(ROOT, 'db', 'migrations'), backupsDir: join(dataDir, 'backups') });
  try {
    const stamp = new Date().toISOString();
    const visitor = sqlite.prepare('INSERT INTO people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const client = sqlite.prepare('INSERT INTO clients (id, created_at, updated_at, device_id, name, name_pinyin, name_initials) VALUES (?, ?, ?, ?, ?, ?, ?)');
    sqlite.transaction(() => {
      for (let i = 0; i < VISITORS; i++) {
        const name = SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]! + (i % 3 === 0 ? GIVEN[(i * 13) % GIVEN.length]! : '');
        visitor.run(uuidv7(), stamp, stamp, 'bench', name, 'old', 'o');
      }
      for (let i = 0; i < CLIENTS; i++) client.run(uuidv7(), stamp, stamp, 'bench', `${GIVEN[i % GIVEN.length]}${SURNAMES[i % SURNAMES.length]}科技有限公司${i}`, 'old', 'o');
    })();
    sqlite.prepare('DELETE FROM settings WHERE key = ?').run(SEARCH_KEYS_VERSION_KEY);

    let t = performance.now();
    const cpu = process.cpuUsage();
    const first = migrateSearchKeys(sqlite, 'bench', new Date());
    const used = process.cpuUsage(cpu);
    console.log(`re-key ${VISITORS} visitors and ${CLIENTS} clients: ${(performance.now() - t).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`, first.changed);
    t = performance.now();
    migrateSearchKeys(sqlite, 'bench', new Date());
    console.log(`start once keys are current:             ${(performance.now() - t).toFixed(2)} ms`);
  } finally {
    sqlite.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
