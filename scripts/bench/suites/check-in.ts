import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
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

/**
 * A walk-in's check-in (new visitor: validation, sealing the ID number, blind
 * index, badge number, audit entry, committed with synchronous=FULL as the app
 * does) and the check-out by scanning that badge. Interleaved with the floor's
 * own writes one for one, so both see the same disk and the same WAL size.
 */
export async function benchCheckIn(bench: BenchCore, db: Database.Database, count: number): Promise<{ results: OpResult[]; visitIds: string[] }> {
  const run = String(Date.now() % 1000).padStart(3, '0');
  const floor = scratchTables(db);
  const app = { in: [] as number[], out: [] as number[] };
  const raw = { in: [] as number[], out: [] as number[] };
  const visits: VisitSummary[] = [];
  const floorBadges: string[] = [];
  // Warm-up (untimed): the first write after opening pays for statement preparation in both.
  visits.push(await bench.call<VisitSummary>('visits.checkIn', walkIn(count, run)));
  floorBadges.push(floor.checkIn(count, run));
  for (let i = 0; i < count; i++) {
    app.in.push(await timeOnce(async () => visits.push(await bench.call<VisitSummary>('visits.checkIn', walkIn(i, run)))));
    raw.in.push(await timeOnce(() => floorBadges.push(floor.checkIn(i, run))));
  }
  // Half are scanned out; the rest stay on site for the badge PDFs.
  const leaving = visits.slice(0, Math.ceil(visits.length / 2));
  for (const [i, v] of leaving.entries()) {
    app.out.push(await timeOnce(() => bench.call('visits.checkOutByBadge', { badgeNo: v.badgeNo })));
    raw.out.push(await timeOnce(() => floor.checkOut(floorBadges[i]!)));
  }
  floor.drop();
  const note = `floor: the same rows (person, visit, audit entry${floor.indexed ? ', search index entry' : ''}) into scratch tables with the same indexes, one transaction, synchronous=FULL`;
  return {
    results: [
      opResult({ group: 'writes', name: 'visits.checkIn (new walk-in, durable)', budget: 'checkIn', app: app.in, floor: raw.in, floorNote: note }),
      opResult({ group: 'writes', name: 'visits.checkOutByBadge (scan)', budget: 'none', app: app.out, floor: raw.out, floorNote: note }),
    ],
    visitIds: visits.slice(leaving.length).map((v) => v.id),
  };
}
