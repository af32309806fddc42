/**
 * `npx tsx scripts/bench-search-candidates.ts [people]`: the search engines
 * weighed before choosing (issue 11), on one file of N people (default 400 000)
 * with visits over ten years, each query typed as a receptionist types it:
 *   A  today's LIKE '%…%' scan with per-row visit subqueries (what the desk ran);
 *   B  FTS5 trigram for 3+ characters, LIKE below that, ranked by last visit;
 *   C  the engine chosen (main/search): 1-3-gram and prefix tokens in a
 *      detail=none FTS5 table whose rowid is recency, read in tiers.
 * Prints p50/p95 per query and the index's size and build time.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../db/open';
import { catchUpSearchIndex, searchIds } from '../main/search';
import { nameKeys } from '../main/search/pinyin';

const N = Number(process.argv[2] ?? 400_000);
const ROOT = resolve(import.meta.dirname, '..');

// Shares (%) of the commonest surnames (2020 census order), then a tail; compound and heteronym surnames at the end.
const SURNAMES: [string, number][] = [
  ['王', 7.1], ['李', 7.0], ['张', 6.8], ['刘', 5.4], ['陈', 4.6], ['杨', 3.1], ['黄', 2.4], ['赵', 2.2], ['吴', 2.1], ['周', 2.0],
  ['徐', 1.6], ['孙', 1.5], ['马', 1.5], ['朱', 1.3], ['胡', 1.3], ['郭', 1.2], ['何', 1.2], ['林', 1.1], ['高', 1.1], ['罗', 1.0],
  ['郑', 0.9], ['梁', 0.9], ['谢', 0.8], ['宋', 0.7], ['唐', 0.7], ['许', 0.6], ['韩', 0.6], ['邓', 0.6], ['冯', 0.6], ['曹', 0.6],
  ...'彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤'.split('').map((s): [string, number] => [s, 0.25]),
  ['欧阳', 0.05], ['司马', 0.02], ['诸葛', 0.01], ['上官', 0.01], ['单', 0.05], ['解', 0.05], ['仇', 0.03], ['区', 0.02], ['朴', 0.02], ['查', 0.03],
];
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰飞鹏辉建国文斌宇浩凯晨婷雪琳欣怡子轩梓涵嘉悦思彤宏志海波云峰东亮俊慧晓燕春梅丹娇宁';
const CITIES = '北京 上海 广州 深圳 杭州 南京 成都 重庆 武汉 西安 苏州 天津 长沙 青岛 厦门'.split(' ');
const BRANDS = '华信 中科 东方 恒达 金源 博远 宏图 天成 瑞丰 鼎盛 汇通 长城 新锐 海纳 启明 星辰 远航 正泰 九州 银河'.split(' ');
const TRADES = '科技 信息技术 贸易 建设工程 医药 咨询 物流 电子 新能源 文化传媒 投资 机械'.split(' ');

// mulberry32: small, seedable, and without the correlations of a plain LCG.
let seed = 42;
function rand(): number {
  let t = (seed = (seed + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
const total = SURNAMES.reduce((s, [, w]) => s + w, 0);
function surname(): string {
  let r = rand() * total;
  for (const [s, w] of SURNAMES) if ((r -= w) < 0) return s;
  return '王';
}
const personName = () => surname() + pick([...GIVEN]) + (rand() < 0.7 ? pick([...GIVEN]) : '');
const company = () => `${pick(CITIES)}${pick(BRANDS)}${pick(TRADES)}${rand() < 0.8 ? '有限公司' : '股份有限公司'}`;
const phone = () => `1${pick(['38', '39', '50', '58', '86', '88', '36', '77'])}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;

function stats(samples: number[]): { p50: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
}
function timed(fn: () => unknown, reps = 40): { p50: number; p95: number } {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'search-candidates-'));
  const file = join(dir, 'db.sqlite3');
  const { sqlite, db } = await openDatabase({ file, migrationsFolder: join(ROOT, 'db', 'migrations'), backupsDir: join(dir, 'b') });
  sqlite.pragma('synchronous = OFF');
  console.log(`Filling ${N} people with visits over ten years ...`);
  const insertPerson = sqlite.prepare(
    `INSERT INTO people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials, company, phone) VALUES (?, ?, ?, 'd', ?, ?, ?, ?, ?)`,
  );
  const insertVisit = sqlite.prepare(
    `INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, badge_no, check_in_at, visit_day) VALUES (?, ?, ?, 'd', ?, 'walk_in', 'checked_out', 'h', ?, ?, ?)`,
  );
  const start = Date.UTC(2016, 10, 1);
  const span = 10 * 365 * 86_400_000;
  let visitNo = 0;
  sqlite.transaction(() => {
    for (let i = 0; i < N; i++) {
      const name = personName();
      const keys = nameKeys(name);
      const id = `p${String(i).padStart(8, '0')}`;
      const created = new Date(start + rand() * span).toISOString();
      insertPerson.run(id, created, created, name, keys.full, keys.initials, company(), phone());
      const visits = rand() < 0.6 ? 1 : 1 + Math.floor(rand() * 8);
      for (let v = 0; v < visits; v++) {
        const at = new Date(start + rand() * span).toISOString();
        insertVisit.run(`v${visitNo}`, at, at, id, `B${visitNo++}`, at, at.slice(0, 10));
      }
    }
  })();
  console.log(`  ${visitNo} visits`);
  const before = statSync(file).size;
  let t = performance.now();
  catchUpSearchIndex(sqlite);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  console.log(sqlite.prepare("SELECT (SELECT count(*) FROM search_docs) docs, (SELECT count(*) FROM search_dirty) dirty, (SELECT count(*) FROM people WHERE name LIKE '单%') dan").get());
  console.log(`C index built in ${((performance.now() - t) / 1000).toFixed(1)} s, file ${(before / 1e6).toFixed(0)} MB → ${(statSync(file).size / 1e6).toFixed(0)} MB`);

  // Candidate B's index: trigram FTS5 over name and company, rowid-joined to people.
  const b0 = statSync(file).size;
  t = performance.now();
  sqlite.exec(`CREATE VIRTUAL TABLE cand_trigram USING fts5(name, company, content='people', content_rowid='rowid', tokenize='trigram');
    INSERT INTO cand_trigram(cand_trigram) VALUES ('rebuild');`);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  console.log(`B trigram index built in ${((performance.now() - t) / 1000).toFixed(1)} s, +${((statSync(file).size - b0) / 1e6).toFixed(0)} MB`);
  sqlite.exec('CREATE INDEX IF NOT EXISTS cand_visits_person_at ON visits (person_id, check_in_at)');


  const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const a = sqlite.prepare(`SELECT v.id,
      (SELECT MAX(check_in_at) FROM visits WHERE person_id = v.id AND deleted_at IS NULL) AS lastVisitAt,
      (SELECT COUNT(*) FROM visits WHERE person_id = v.id AND deleted_at IS NULL) AS visitCount
    FROM people v WHERE v.deleted_at IS NULL AND (v.name LIKE @like ESCAPE '\\' OR v.company LIKE @like ESCAPE '\\' OR v.name_pinyin GLOB @glob OR v.name_initials GLOB @glob OR v.phone LIKE @like ESCAPE '\\')
    ORDER BY (v.name = @exact) DESC, lastVisitAt DESC NULLS LAST LIMIT 8`);
  const bLong = sqlite.prepare(`SELECT p.id, (SELECT MAX(check_in_at) FROM visits WHERE person_id = p.id) AS last FROM cand_trigram f JOIN people p ON p.rowid = f.rowid
    WHERE cand_trigram MATCH @match ORDER BY (p.name = @exact) DESC, last DESC NULLS LAST LIMIT 8`);
  const bShort = sqlite.prepare(`SELECT p.id, (SELECT MAX(check_in_at) FROM visits WHERE person_id = p.id) AS last FROM people p
    WHERE p.name LIKE @like OR p.company LIKE @like OR p.name_pinyin GLOB @glob OR p.name_initials GLOB @glob ORDER BY (p.name = @exact) DESC, last DESC NULLS LAST LIMIT 8`);
  const queries = ['王', '王伟', '李静', '欧阳', 'w', 'wa', 'wang', 'wangw', 'wangwei', 'zh', 'zhang', 'ww', 'oy', '王w', '北', '北京', '北京华信', '华信科技', '138', '1385', '13812345', '单', 'shan', 'dan'];
  console.log(`\n${'query'.padEnd(10)} ${'A LIKE p50/p95'.padStart(18)} ${'B trigram p50/p95'.padStart(20)} ${'C engine p50/p95'.padStart(18)}  C hits`);
  for (const q of queries) {
    const letters = /^[a-z]+$/.test(q) ? `${q}*` : '\u0000';
    const skip = { p50: NaN, p95: NaN };
    const ra = process.env.ONLY_C ? skip : timed(() => a.all({ like: like(q), glob: letters, exact: q }), 10);
    const rb = process.env.ONLY_C ? skip : timed(() => ([...q].length >= 3 ? bLong.all({ match: `"${q}"`, exact: q }) : bShort.all({ like: like(q), exact: q, glob: letters })), 10);
    const rc = timed(() => searchIds(db, { kind: 'people', query: q, limit: 8 }), 200);
    const hits = searchIds(db, { kind: 'people', query: q, limit: 8 }).length;
    const f = (r: { p50: number; p95: number }) => `${r.p50.toFixed(2)}/${r.p95.toFixed(2)}`.padStart(18);
    console.log(`${q.padEnd(10)} ${f(ra)} ${f(rb).padStart(20)} ${f(rc)}  ${hits}`);
  }
  sqlite.close();
}

void main();
