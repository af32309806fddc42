import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import type { VisitSummary } from '../../../contract/visits';
import { localDay } from '../../../main/core/clock';
import type { BenchCore } from '../bench-core';
import { scratchSearchIndex, visitorTerms } from '../floor-terms';
import { opResult, type OpResult } from '../results';
import { timeOnce } from '../stats';

const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰飞鹏辉';

/** A new walk-in, different every time (no two share a name, phone or passport number). */
function walkIn(i: number, run: string) {
  return {
    name: `测${GIVEN[i % GIVEN.length]}${GIVEN[(i * 7 + 3) % GIVEN.length]}`,
    company: `基准公司${i % 17}`,
    phone: `139${run}${String(i).padStart(5, '0')}`.slice(0, 11),
    idType: 'passport',
    idNumber: `B${run}${String(i).padStart(6, '0')}`,
    host: '李娜',
    privacyAck: true,
  } as const;
}

/**
 * Scratch copies of people, visits and audit_log (and the search index, where
 * the file has one) in the same file, with the indexes a write must keep up: the floor writes here so it neither shows in
 * the app's lists nor breaks the audit chain. Dropped afterwards.
 */
function scratchTables(db: Database.Database): { checkIn: (i: number, run: string) => string; checkOut: (badgeNo: string) => void; drop: () => void; indexed: boolean } {
  db.exec(`
    CREATE TABLE bench_floor_people AS SELECT * FROM people WHERE 0;
    CREATE INDEX bench_floor_people_phone ON bench_floor_people(phone);
    CREATE INDEX bench_floor_people_name ON bench_floor_people(name);
    CREATE INDEX bench_floor_people_pinyin ON bench_floor_people(name_pinyin);
    CREATE INDEX bench_floor_people_initials ON bench_floor_people(name_initials);
    CREATE INDEX bench_floor_people_idx ON bench_floor_people(id_number_index);
    CREATE TABLE bench_floor_visits AS SELECT * FROM visits WHERE 0;
    CREATE UNIQUE INDEX bench_floor_visits_badge ON bench_floor_visits(badge_no);
    CREATE INDEX bench_floor_visits_status ON bench_floor_visits(status);
    CREATE INDEX bench_floor_visits_day ON bench_floor_visits(visit_day);
    CREATE INDEX bench_floor_visits_person ON bench_floor_visits(person_id);
    CREATE TABLE bench_floor_audit AS SELECT * FROM audit_log WHERE 0;
    CREATE UNIQUE INDEX bench_floor_audit_id ON bench_floor_audit(id);
    CREATE INDEX bench_floor_audit_order ON bench_floor_audit(at, device_id, device_seq);`);
  const person = db.prepare(`INSERT INTO bench_floor_people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials, company, phone, id_type, id_number_enc, id_number_mask, id_number_index)
    VALUES (?, ?, ?, 'bench', ?, 'ceshi', 'cs', ?, ?, 'passport', ?, ?, ?)`);
  const visit = db.prepare(`INSERT INTO bench_floor_visits (id, created_at, updated_at, device_id, person_id, kind, status, host, purpose, badge_no, privacy_ack_at, check_in_at, visit_day, visitor_name, visitor_company, visitor_phone)
    VALUES (?, ?, ?, 'bench', ?, 'walk_in', 'on_site', ?, '', ?, ?, ?, ?, ?, ?, ?)`);
  const out = db.prepare(`UPDATE bench_floor_visits SET status = 'checked_out', check_out_at = ?, updated_at = ? WHERE badge_no = ? AND status = 'on_site'`);
  const index = scratchSearchIndex(db);
  let seq = 0;
  const audit = db.prepare(`INSERT INTO bench_floor_audit (seq, id, at, device_id, actor, action, entity, entity_id, detail, prev_hash, hash, device_seq) VALUES (?, ?, ?, 'bench', 'admin', ?, 'visit', ?, ?, ?, ?, ?)`);
  const entry = (at: string, action: string, entityId: string) => {
    seq++;
    const detail = JSON.stringify({ action, entityId });
    audit.run(seq, uuidv7(), at, action, entityId, detail, 'prev', createHash('sha256').update(detail).digest('hex'), seq);
  };
  return {
    indexed: index !== null,
    checkIn: db.transaction((i: number, run: string) => {
      const w = walkIn(i, run);
      const at = new Date().toISOString();
      const personId = uuidv7();
      const visitId = uuidv7();
      const badgeNo = `F${run}${i}`;
      person.run(personId, at, at, w.name, w.company, w.phone, 'sealed-value', '**********', createHash('sha256').update(w.idNumber).digest('hex'));
      visit.run(visitId, at, at, personId, w.host, badgeNo, at, at, localDay(new Date()), w.name, w.company, w.phone);
      entry(at, 'visit.checkIn', visitId);
      index?.add(seq, personId, visitorTerms(w.name, w.company, w.phone));
      return badgeNo;
    }),
    checkOut: db.transaction((badgeNo: string) => {
      const at = new Date().toISOString();
      out.run(at, at, badgeNo);
      entry(at, 'visit.checkOut', badgeNo);
    }),
    drop: () => db.exec(`DROP TABLE bench_floor_people; DROP TABLE bench_floor_visits; DROP TABLE bench_floor_audit; ${index?.drop ?? ''}`),
  };
}

/** Nearest-rank p99 (the Summary stops at p95; a day of check-ins is judged on its slowest too). */
function p99(samples: number[]): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]! * 1000) / 1000;
}

/** The write-ahead log beside the file: its size, and its frames not yet copied into the file (NOOP copies nothing). */
function walState(db: Database.Database): { walMB: number; framesWaiting: number } {
  const [row] = db.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
  const walMB = Math.round(((statSync(`${db.name}-wal`, { throwIfNoEntry: false })?.size ?? 0) / 1024 / 1024) * 10) / 10;
  return { walMB, framesWaiting: Math.max(0, (row?.log ?? 0) - (row?.checkpointed ?? 0)) };
}

/** The floor under every write: one row into a scratch table, its own transaction, synchronous=FULL (one fsync of the log). */
function oneRowCommit(db: Database.Database): { commit: () => void; drop: () => void } {
  db.exec('CREATE TABLE bench_floor_one (x TEXT)');
  const insert = db.prepare('INSERT INTO bench_floor_one VALUES (?)');
  return { commit: () => void insert.run(new Date().toISOString()), drop: () => db.exec('DROP TABLE bench_floor_one') };
}

/**
 * Between two calls, untimed: a receptionist's calls reach main as separate
 * events (IPC, HTTP), so its event loop turns between them and runs what a
 * commit left for after the call (the WAL checkpoint past its bound,
 * db/wal-checkpoints.ts). Awaited back to back in one script they would never
 * let it run, and it would fall inside a later check-in instead.
 */
const betweenCalls = () => new Promise<void>((turned) => setImmediate(turned));

/** Check-ins as a busy morning brings them: one after another, new walk-ins; the total (with the turns between them) and each one. */
async function dayOfCheckIns(bench: BenchCore, run: string, count: number): Promise<{ samples: number[]; totalMs: number }> {
  const samples: number[] = [];
  const started = performance.now();
  // A second run-tag: none of these share a phone or passport number with the timed check-ins before them.
  const tag = String((Number(run) + 500) % 1000).padStart(3, '0');
  for (let i = 0; i < count; i++) {
    samples.push(await timeOnce(() => bench.call('visits.checkIn', walkIn(i, tag))));
    await betweenCalls();
  }
  return { samples, totalMs: Math.round(performance.now() - started) };
}

/** How many check-ins a day of a busy desk brings, timed in a row. */
export const DAY_OF_CHECK_INS = 500;

/**
 * A walk-in's check-in (new visitor: validation, sealing the ID number, blind
 * index, badge number, audit entry, committed with synchronous=FULL as the app
 * does) and the check-out by scanning that badge. Interleaved with the floor's
 * own writes one for one, so both see the same disk and the same WAL size.
 * The floor's connection checkpoints as the app's does (not inside its commits).
 */
export async function benchCheckIn(bench: BenchCore, db: Database.Database, count: number): Promise<{ results: OpResult[]; visitIds: string[] }> {
  const run = String(Date.now() % 1000).padStart(3, '0');
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  const floor = scratchTables(db);
  const one = oneRowCommit(db);
  const app = { in: [] as number[], out: [] as number[] };
  const raw = { in: [] as number[], out: [] as number[], one: [] as number[] };
  const visits: VisitSummary[] = [];
  const floorBadges: string[] = [];
  // Warm-up (untimed): the first write after opening pays for statement preparation in both.
  visits.push(await bench.call<VisitSummary>('visits.checkIn', walkIn(count, run)));
  floorBadges.push(floor.checkIn(count, run));
  one.commit();
  const walBefore = walState(db);
  for (let i = 0; i < count; i++) {
    app.in.push(await timeOnce(async () => visits.push(await bench.call<VisitSummary>('visits.checkIn', walkIn(i, run)))));
    raw.in.push(await timeOnce(() => floorBadges.push(floor.checkIn(i, run))));
    raw.one.push(await timeOnce(() => one.commit()));
    await betweenCalls();
  }
  const walAfter = walState(db);
  // Half are scanned out; the rest stay on site for the badge PDFs.
  const leaving = visits.slice(0, Math.ceil(visits.length / 2));
  for (const [i, v] of leaving.entries()) {
    app.out.push(await timeOnce(() => bench.call('visits.checkOutByBadge', { badgeNo: v.badgeNo })));
    raw.out.push(await timeOnce(() => floor.checkOut(floorBadges[i]!)));
  }
  floor.drop();
  one.drop();
  db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  const day = await dayOfCheckIns(bench, run, DAY_OF_CHECK_INS);
  const note = `floor: the same rows (person, visit, audit entry${floor.indexed ? ', search index entry' : ''}) into scratch tables with the same indexes, one transaction, synchronous=FULL`;
  const wal = { before: walBefore, after: walAfter };
  return {
    results: [
      opResult({ group: 'writes', name: 'visits.checkIn (new walk-in, durable)', budget: 'checkIn', app: app.in, floor: raw.in, floorNote: note, detail: { appP99: p99(app.in), floorP99: p99(raw.in), wal } }),
      opResult({
        group: 'writes',
        name: 'a durable one-row commit (the floor under every write)',
        budget: 'none',
        app: raw.one,
        floorNote: 'floor n/a: this is the floor under every write (one row into a scratch table, its own transaction, synchronous=FULL)',
        detail: { p99: p99(raw.one), wal },
      }),
      opResult({ group: 'writes', name: 'visits.checkOutByBadge (scan)', budget: 'none', app: app.out, floor: raw.out, floorNote: note, detail: { appP99: p99(app.out) } }),
      opResult({
        group: 'writes',
        name: `a day of check-ins (${DAY_OF_CHECK_INS} new walk-ins in a row)`,
        budget: 'checkIn',
        app: day.samples,
        // Context, not a bound: what any commit costs on this disk in the same run.
        floor: raw.one,
        floorBound: false,
        floorNote: 'floor: a durable one-row commit (above), the disk under every check-in',
        detail: { totalMs: day.totalMs, p99: p99(day.samples), walAfter: walState(db) },
      }),
    ],
    visitIds: visits.slice(leaving.length).map((v) => v.id),
  };
}
