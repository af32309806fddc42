/**
 * Where a check-in's time goes, statement by statement, on a scratch copy of a
 * generated data folder (it writes: never point it at the generator's cache).
 *
 *   npx tsx scripts/bench/check-in-profile.ts <scratch data dir> [count]
 *
 * Every statement better-sqlite3 prepares is timed (prepare and each run),
 * the commit is timed apart (the transaction function's return), and each
 * statement seen on the path is shown with its query plan. A developer's
 * tool, not a bench suite: the numbers carry the instrumentation's own cost.
 */
import Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { databaseFile } from '../../main/app/create-core';
import { openBenchCore } from './bench-core';
import { MANIFEST_FILE, type GeneratedManifest } from './manifest';
import { summarize } from './stats';

interface Cost {
  prepares: number;
  prepareMs: number;
  runs: number;
  runMs: number;
  args: unknown[] | null;
}
const costs = new Map<string, Cost>();
let recording = false;
let commitMs = 0;
let commits: number[] = [];

function costOf(sql: string): Cost {
  let c = costs.get(sql);
  if (!c) costs.set(sql, (c = { prepares: 0, prepareMs: 0, runs: 0, runMs: 0, args: null }));
  return c;
}

// Statement methods are on the prototype: timing wrappers on each instance leave better-sqlite3 itself alone.
const proto = Database.prototype as unknown as { prepare: (sql: string) => Database.Statement; transaction: (fn: (...a: unknown[]) => unknown) => unknown };
const prepare = proto.prepare;
proto.prepare = function (this: Database.Database, sql: string) {
  const t = performance.now();
  const stmt = prepare.call(this, sql);
  const took = performance.now() - t;
  if (recording) Object.assign(costOf(sql), { prepares: costOf(sql).prepares + 1, prepareMs: costOf(sql).prepareMs + took });
  for (const m of ['run', 'get', 'all'] as const) {
    const orig = stmt[m].bind(stmt) as (...a: unknown[]) => unknown;
    (stmt as unknown as Record<string, unknown>)[m] = (...args: unknown[]) => {
      const s = performance.now();
      const out = orig(...args);
      if (recording) {
        const c = costOf(sql);
        c.runs++;
        c.runMs += performance.now() - s;
        c.args ??= args;
      }
      return out;
    };
  }
  return stmt;
};
const transaction = proto.transaction;
proto.transaction = function (this: Database.Database, fn: (...a: unknown[]) => unknown) {
  let workEnd = 0;
  const tx = transaction.call(this, (...a: unknown[]) => {
    const out = fn(...a);
    workEnd = performance.now();
    return out;
  }) as (...a: unknown[]) => unknown;
  return (...a: unknown[]) => {
    const out = tx(...a);
    if (recording) {
      commitMs += performance.now() - workEnd;
      commits.push(performance.now() - workEnd);
    }
    return out;
  };
};

const [dir, countArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: check-in-profile.ts <scratch data dir> [count]');
const count = Number(countArg ?? 200);
const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as GeneratedManifest;
const bench = await openBenchCore(manifest, dir);
if (process.env.NO_AUTOCHECKPOINT) bench.core.sqlite.pragma('wal_autocheckpoint = 0');
const reader = new Database(databaseFile(dir), { readonly: true });
const frequent = reader
  .prepare(`SELECT v.person_id AS id, p.name, p.company, p.phone, count(*) AS n FROM visits v JOIN people p ON p.id = v.person_id
            WHERE p.merged_into IS NULL AND p.deleted_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = p.id AND o.status = 'on_site') GROUP BY v.person_id ORDER BY n DESC LIMIT ${count + 2}`)
  .all() as { id: string; name: string; company: string; phone: string; n: number }[];
console.log(`frequent visitors: ${frequent[0]?.n} … ${frequent.at(-1)?.n} visits each`);

const wal = () => statSync(`${databaseFile(dir)}-wal`, { throwIfNoEntry: false })?.size ?? 0;
async function phase(label: string, calls: (i: number) => Promise<unknown>): Promise<void> {
  costs.clear();
  commitMs = 0;
  commits = [];
  const walBefore = wal();
  const totals: number[] = [];
  await calls(-1);
  recording = true;
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await calls(i);
    totals.push(performance.now() - t);
  }
  recording = false;
  const sum = totals.reduce((s, x) => s + x, 0);
  console.log(`\n== ${label}: ${JSON.stringify(summarize(totals))} ms; WAL ${(walBefore / 1e6).toFixed(1)} → ${(wal() / 1e6).toFixed(1)} MB`);
  console.log(`   per call: commit ${(commitMs / count).toFixed(3)} ms of ${(sum / count).toFixed(3)} ms; commits ${JSON.stringify(summarize(commits))}`);
  const rows = [...costs.entries()].sort((a, b) => b[1].runMs + b[1].prepareMs - (a[1].runMs + a[1].prepareMs));
  for (const [sql, c] of rows.slice(0, 25)) {
    const plan = planOf(sql, c.args);
    console.log(
      `   ${((c.runMs + c.prepareMs) / count).toFixed(3)} ms/call  runs ${c.runs} (${(c.runMs / count).toFixed(3)})  prepares ${c.prepares} (${(c.prepareMs / count).toFixed(3)})  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`,
    );
    if (plan) console.log(`        plan: ${plan}`);
  }
}

function planOf(sql: string, args: unknown[] | null): string | null {
  if (!/^\s*(SELECT|UPDATE|DELETE|INSERT|WITH)/i.test(sql)) return null;
  try {
    const rows = reader.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...((args ?? []) as unknown[])) as { detail: string }[];
    return rows.map((r) => r.detail).join(' | ');
  } catch (err) {
    return `(${(err as Error).message})`;
  }
}

const run = String(Date.now() % 1000).padStart(3, '0');
const walkIn = (i: number) => ({ name: `测评${i}`, company: '基准', phone: `138${run}${String(i + 1).padStart(5, '0')}`.slice(0, 11), idType: 'passport', idNumber: `P${run}${uuidv7().slice(-6)}`, host: '李娜', privacyAck: true });
const badges: string[] = [];
await phase('new walk-in check-in', async (i) => badges.push((await bench.call<{ badgeNo: string }>('visits.checkIn', walkIn(i))).badgeNo));
const returning: string[] = [];
await phase('frequent visitor check-in (picked from search)', async (i) => {
  const p = frequent[i + 1]!;
  returning.push((await bench.call<{ badgeNo: string }>('visits.checkIn', { personId: p.id, name: p.name, company: p.company, phone: p.phone, idType: 'passport', idNumber: '', host: '李娜', privacyAck: true })).badgeNo);
});
await phase('check-out by badge', (i) => bench.call('visits.checkOutByBadge', { badgeNo: i < 0 ? returning.shift()! : badges[i]! }));
reader.close();
await bench.close();
