/**
 * Fills a set-up data folder with years of desk history straight through
 * SQLite, for scripts/bench-lists.ts: enough realism for the lists' query
 * plans and timings (visits spread over days with hourly peaks, a desk's
 * worth of visitors still on site, forgotten check-outs in the past, plans
 * with guests who came), none for search (the generator does that).
 */
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';

export interface SeedSize {
  people: number;
  visits: number;
  plans: number;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰飞鹏辉建国文斌宇浩凯晨婷雪琳欣怡子轩梓涵';
const YEARS = 10;
const NO_NEEDS = JSON.stringify({ diet: '', transport: '', accessibility: '', other: '' });
/** Visits still open today, and the share of past visits nobody checked out. */
const ON_SITE_TODAY = 150;
const FORGOTTEN = 0.0005;

/** A small deterministic generator: the same folder every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A uuidv7 for a moment in the past, so keys sort by time as the app's own do. */
function idAt(ms: number): string {
  return uuidv7({ msecs: ms });
}

export function seedLists(sqlite: Database.Database, size: SeedSize, now: Date): void {
  const rnd = random(11);
  const pick = <T>(xs: ArrayLike<T>) => xs[Math.floor(rnd() * xs.length)]!;
  const stamp = now.toISOString();
  const days = YEARS * 365;
  const firstDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days + 1);
  const dayAt = (k: number) => new Date(firstDay.getFullYear(), firstDay.getMonth(), firstDay.getDate() + k);

  const personIds: string[] = [];
  const addPerson = sqlite.prepare(
    `INSERT INTO people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials, company, phone) VALUES (?, ?, ?, 'bench', ?, '', '', ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < size.people; i++) {
      const at = firstDay.getTime() + Math.floor((i / size.people) * days * 86_400_000);
      const id = idAt(at);
      personIds.push(id);
      const iso = new Date(at).toISOString();
      const name = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.4 ? pick(GIVEN) : '');
      addPerson.run(id, iso, iso, name, `测试公司${Math.floor(rnd() * 5000)}`, `13${pad(Math.floor(rnd() * 1e9), 9)}`);
    }
  })();

  // Plans: spread over the years, each on one day from 09:00 for 3-6 hours; today's are confirmed.
  const client = idAt(firstDay.getTime());
  sqlite.prepare(`INSERT INTO clients (id, created_at, updated_at, device_id, name, name_pinyin, name_initials) VALUES (?, ?, ?, 'bench', '基准测试集团', 'jizhunceshijituan', 'jzcsjt')`).run(client, stamp, stamp);
  const room = idAt(firstDay.getTime());
  sqlite.prepare(`INSERT INTO resources (id, created_at, updated_at, device_id, kind, name) VALUES (?, ?, ?, 'bench', 'room', '第一会议室')`).run(room, stamp, stamp);
  const addPlan = sqlite.prepare(
    `INSERT INTO visit_plans (id, created_at, updated_at, device_id, title, client_id, level, status, arrival_at, departure_at, expected_headcount, needs)
     VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, '${NO_NEEDS}')`,
  );
  const addGuest = sqlite.prepare(`INSERT INTO plan_guests (id, created_at, updated_at, device_id, plan_id, person_id, is_lead, needs) VALUES (?, ?, ?, 'bench', ?, ?, ?, '${NO_NEEDS}')`);
  const addItem = sqlite.prepare(
    `INSERT INTO itinerary_items (id, created_at, updated_at, device_id, plan_id, starts_at, ends_at, activity, place) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, '总部')`,
  );
  const addTeam = sqlite.prepare(`INSERT INTO plan_team (id, created_at, updated_at, device_id, plan_id, role, primary_name, backup_name) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?)`);
  const addBooking = sqlite.prepare(`INSERT INTO resource_bookings (id, created_at, updated_at, device_id, plan_id, resource_id, starts_at, ends_at) VALUES (?, ?, ?, 'bench', ?, ?, ?, ?)`);
  const todayIndex = days - 1;
  /** Per day, the plans on it and their guests: the visits of that day include them. */
  const plansByDay = new Map<number, { id: string; guests: string[] }[]>();
  sqlite.transaction(() => {
    for (let i = 0; i < size.plans; i++) {
      // The last few plans fall on today and the days after, the rest over the years.
      const k = i >= size.plans - 20 ? todayIndex + Math.floor((i - (size.plans - 20)) / 4) : Math.floor((i / (size.plans - 20)) * todayIndex);
      const day = dayOf(dayAt(k));
      const hour = 9 + (i % 5);
      const at = `${day}T${pad(hour)}:00`;
      const leaves = `${day}T${pad(hour + 3 + (i % 3))}:00`;
      const created = dayAt(k - 14).getTime();
      const id = idAt(created);
      const iso = new Date(created).toISOString();
      const status = k < todayIndex ? (i % 17 === 0 ? 'cancelled' : 'completed') : k === todayIndex ? 'confirmed' : i % 2 ? 'confirmed' : 'draft';
      const guests = Array.from({ length: 6 + (i % 10) }, () => pick(personIds));
      const unique = [...new Set(guests)];
      addPlan.run(id, iso, iso, `客户来访 ${i}`, client, i % 10 === 0 ? 'vip' : 'normal', status, at, leaves, unique.length);
      unique.forEach((p, g) => addGuest.run(idAt(created), iso, iso, id, p, g === 0 ? 1 : 0));
      ['接站', '参观', '会议', '晚宴'].forEach((activity, n) => addItem.run(idAt(created), iso, iso, id, `${day}T${pad(hour + n)}:00`, `${day}T${pad(hour + n)}:45`, activity));
      addTeam.run(idAt(created), iso, iso, id, 'greeter', `接待${i % 30}`, `接待${(i + 1) % 30}`);
      addTeam.run(idAt(created), iso, iso, id, 'driver', `司机${i % 9}`, '');
      addBooking.run(idAt(created), iso, iso, id, room, at, leaves);
      if (status !== 'cancelled' && k < todayIndex) plansByDay.set(k, [...(plansByDay.get(k) ?? []), { id, guests: unique }]);
    }
  })();

  // Visits: the same number each day, hourly peaks at 9-11 and 14-15, weekends quieter; today's last ones still on site.
  const addVisit = sqlite.prepare(
    `INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, purpose, badge_no, privacy_ack_at, check_in_at, check_out_at,
       plan_id, visit_day, visitor_name, visitor_company, visitor_phone)
     SELECT ?, ?, ?, 'bench', p.id, ?, ?, ?, '商务洽谈', ?, ?, ?, ?, ?, ?, p.name, p.company, p.phone FROM people p WHERE p.id = ?`,
  );
  const addPrint = sqlite.prepare(`INSERT INTO badge_prints (id, created_at, updated_at, device_id, visit_id, layout_id, printer_id, is_reprint, operator) VALUES (?, ?, ?, 'bench', ?, 'std', 'pdf', 0, 'admin')`);
  const HOURS = [8, 9, 9, 9, 10, 10, 10, 11, 11, 13, 14, 14, 14, 15, 15, 16, 17];
  const perDay = size.visits / days;
  let made = 0;
  const batch = 30;
  for (let k0 = 0; k0 < days; k0 += batch) {
    sqlite.transaction(() => {
      for (let k = k0; k < Math.min(days, k0 + batch); k++) {
        const date = dayAt(k);
        const day = dayOf(date);
        const quota = Math.round(perDay * (k + 1)) - made;
        const planned = (plansByDay.get(k) ?? []).flatMap((p) => p.guests.map((g) => ({ planId: p.id, personId: g })));
        const times = Array.from({ length: quota }, () => {
          const h = k === todayIndex ? 8 + Math.floor(rnd() * Math.max(1, Math.min(10, now.getHours() - 8))) : pick(HOURS);
          return new Date(date.getFullYear(), date.getMonth(), date.getDate(), h, Math.floor(rnd() * 60), Math.floor(rnd() * 60)).getTime();
        }).sort((a, b) => a - b);
        const yymmdd = day.slice(2).replaceAll('-', '');
        times.forEach((t, n) => {
          const plan = n < planned.length ? planned[n]! : null;
          const open = (k === todayIndex && n >= quota - ON_SITE_TODAY) || (k < todayIndex && rnd() < FORGOTTEN);
          const iso = new Date(t).toISOString();
          const out = open ? null : new Date(t + (30 + Math.floor(rnd() * 240)) * 60_000).toISOString();
          const visitId = idAt(t);
          addVisit.run(visitId, iso, out ?? iso, plan ? 'planned' : 'walk_in', open ? 'on_site' : 'checked_out', `接待${n % 40}`,
            `V${yymmdd}BEN${pad(n + 1, 4)}`, iso, iso, out, plan?.planId ?? null, day, plan?.personId ?? pick(personIds));
          addPrint.run(idAt(t), iso, iso, visitId);
        });
        made += quota;
      }
    })();
    if (k0 % 365 < batch) process.stdout.write(`  ${made} visits\n`);
  }
}
