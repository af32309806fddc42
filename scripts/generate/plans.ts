import type { PlanDetail, Resource } from '../../contract/plans';
import { planWarnings } from '../../main/services/plans/plan-warnings';
import type { AuditChain } from './audit';
import { localDateTime } from './calendar';
import type { ClientScript } from './clients';
import { shortName } from './companies';
import { uuidV7At, type Random } from './random';
import type { BulkStore } from './store';
import type { Timeline } from './timeline';
import type { VisitRecord, VisitWriter } from './visits';

/*
 * Reception plans (接待方案), a few a week: filed by the coordinator two to
 * six weeks ahead, given guests from the client's people, an itinerary, a
 * team with stand-ins and rooms and cars, confirmed a few days before; the
 * guests arrive together and are checked in as a group; the plan completes
 * and months later is archived. Some are cancelled. Every step is written as
 * the plans service writes it (rows and audit entry), at its own time.
 */

type Level = 'vip' | 'key' | 'normal';
type Status = 'draft' | 'confirmed' | 'in_progress' | 'completed' | 'cancelled' | 'archived';

const PURPOSES = ['年度合作洽谈', '新产品交流', '工厂参观考察', '项目启动会', '技术交流', '高层互访', '供应商审核', '签约仪式'];
const TRANSPORT = ['', '', '', '机场接机', '高铁站接站', '自驾'];
const DIETS = ['', '', '', '', '素食', '清真', '不吃辣'];

interface Needs {
  diet: string;
  transport: string;
  accessibility: string;
  other: string;
}
interface Item {
  startsAt: string;
  endsAt: string;
  activity: string;
  place: string;
  responsible: string;
}
interface Member {
  role: 'greeter' | 'presenter' | 'noteTaker' | 'logistics';
  customLabel: string;
  primaryName: string;
  primaryPhone: string;
  backupName: string;
  backupPhone: string;
}
interface Booking {
  resource: Resource;
  startsAt: string;
  endsAt: string;
  spare: boolean;
}

export interface PlanScript {
  id: string;
  title: string;
  client: ClientScript;
  level: Level;
  purpose: string;
  needs: Needs;
  arrival: Date;
  departure: Date;
  createdAt: number;
  /** Indexes into the client's contacts; the first is the lead. */
  guests: number[];
  guestNeeds: Needs[];
  /** Which guests come on the day. */
  shows: boolean[];
  itinerary: Item[];
  team: Member[];
  bookings: Booking[];
  steps: { guests: number; itinerary: number; team: number; bookings: number };
  transitions: { at: number; from: Status; to: Status; reason?: string }[];
  arriveAt: number | null;
  leaveAt: number | null;
}

export interface PlanContext {
  random: Random;
  clients: ClientScript[];
  staff: string[];
  staffPhones: Map<string, string>;
  resources: Resource[];
  /** History's first instant after setup, and the present. */
  start: number;
  cutoff: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function at(day: Date, hour: number, minute = 0): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute);
}

function shuffled<T>(random: Random, items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function overlaps(a: PlanScript, b: PlanScript): boolean {
  return a.arrival < b.departure && b.arrival < a.departure;
}

/** A client filed before `before`, the important ones far more often. */
function pickClient(ctx: PlanContext, before: number): ClientScript | null {
  let hi = 0;
  while (hi < ctx.clients.length && ctx.clients[hi]!.createdAt + HOUR < before) hi++;
  if (hi === 0) return null;
  for (let i = 0; i < 20; i++) {
    const c = ctx.clients[ctx.random.int(0, hi - 1)]!;
    if (ctx.random.chance(c.tier === 'vip' ? 1 : c.tier === 'key' ? 0.5 : 0.15)) return c;
  }
  return ctx.clients[ctx.random.int(0, hi - 1)]!;
}

function levelFor(random: Random, client: ClientScript): Level {
  if (client.tier === 'vip') return random.chance(0.7) ? 'vip' : 'key';
  if (client.tier === 'key') return random.chance(0.6) ? 'key' : 'normal';
  return random.chance(0.9) ? 'normal' : 'key';
}

function needsOf(random: Random, diets: string[]): Needs {
  return { diet: random.pick(diets), transport: random.pick(TRANSPORT), accessibility: random.chance(0.03) ? '轮椅通道' : '', other: '' };
}

/** Activities one after another from arrival; a second day starts at nine; nothing runs past departure. */
function itineraryFor(random: Random, arrival: Date, departure: Date, rooms: string[], team: Member[]): Item[] {
  const items: Item[] = [];
  const firstDay = ['接待签到', '欢迎致辞及公司介绍', '参观展厅', '业务洽谈', '午餐', '参观生产线', '技术交流会', '合影留念'];
  const laterDay = ['专题研讨', '参观研发中心', '午餐', '合作方案讨论', '总结会'];
  const minutes: Record<string, number> = { 午餐: 60, 接待签到: 20, 合影留念: 15 };
  const places: Record<string, string> = { 午餐: '员工餐厅', 参观展厅: '企业展厅', 参观生产线: '生产车间', 参观研发中心: '研发中心', 接待签到: '一楼大堂', 合影留念: '一楼大堂' };
  let t = arrival;
  let day = 0;
  let list = firstDay;
  let i = 0;
  while (items.length < 12) {
    if (i >= list.length || t.getHours() >= 17) {
      day++;
      t = at(new Date(arrival.getTime() + day * DAY), 9);
      if (t >= departure) break;
      list = laterDay;
      i = 0;
    }
    const activity = list[i++]!;
    const end = new Date(t.getTime() + (minutes[activity] ?? random.pick([30, 45, 60, 90])) * 60_000);
    if (end > departure) break;
    items.push({ startsAt: localDateTime(t), endsAt: localDateTime(end), activity, place: places[activity] ?? random.pick(rooms), responsible: random.pick(team).primaryName });
    t = end;
  }
  if (items.length === 0) items.push({ startsAt: localDateTime(arrival), endsAt: localDateTime(departure), activity: '业务洽谈', place: rooms[0]!, responsible: team[0]!.primaryName });
  return items;
}

/** Stand-in pairs from staff free at the time (no one serves two overlapping visits). */
function teamFor(ctx: PlanContext, level: Level, busy: Set<string>): Member[] {
  const free = ctx.staff.filter((s) => !busy.has(s));
  const take = () => {
    const i = ctx.random.int(0, free.length - 1);
    return free.splice(i, 1)[0] ?? ctx.random.pick(ctx.staff);
  };
  const member = (role: Member['role'], backup: boolean): Member => {
    const primaryName = take();
    const backupName = backup ? take() : '';
    return { role, customLabel: '', primaryName, primaryPhone: ctx.staffPhones.get(primaryName)!, backupName, backupPhone: backupName ? ctx.staffPhones.get(backupName)! : '' };
  };
  const team = [member('greeter', true), member('presenter', true)];
  if (ctx.random.chance(0.6)) team.push(member('noteTaker', false));
  if (level !== 'normal') team.push(member('logistics', false));
  return team;
}

function bookingsFor(ctx: PlanContext, level: Level, arrival: Date, departure: Date, taken: Set<string>): Booking[] {
  const span = { startsAt: localDateTime(arrival), endsAt: localDateTime(departure) };
  const free = (kind: 'room' | 'vehicle') => ctx.resources.filter((r) => r.kind === kind && !taken.has(r.id));
  const book = (kind: 'room' | 'vehicle', spare: boolean): Booking[] => {
    const options = free(kind);
    if (options.length === 0) return [];
    const resource = ctx.random.pick(options);
    taken.add(resource.id);
    return [{ resource, ...span, spare }];
  };
  const list = book('room', false);
  if (level === 'vip') list.push(...book('room', true), ...book('vehicle', false), ...book('vehicle', true));
  else if (level === 'key' && ctx.random.chance(0.5)) list.push(...book('vehicle', false));
  return list;
}

/** One plan arriving at `arrival`, filed `lead` days before; null when no client is on file yet. */
function makePlan(ctx: PlanContext, arrival: Date, lengthDays: number, earlier: PlanScript[]): PlanScript | null {
  const r = ctx.random;
  const leadDays = r.int(10, 40);
  const created = at(new Date(arrival.getTime() - leadDays * DAY), r.int(9, 16), r.int(0, 59));
  if (created.getTime() < ctx.start + HOUR) return null;
  const client = pickClient(ctx, created.getTime());
  if (!client) return null;
  // A one-day visit ends by half past six; a longer one leaves late morning or afternoon.
  const departure =
    lengthDays === 0
      ? new Date(Math.min(arrival.getTime() + r.int(3, 7) * HOUR, Math.max(arrival.getTime() + HOUR, at(arrival, 18, 30).getTime())))
      : at(new Date(arrival.getTime() + lengthDays * DAY), r.int(11, 16));
  const level = levelFor(r, client);
  const probe = { arrival, departure } as PlanScript;
  const near = earlier.filter((p) => overlaps(p, probe));
  // One person is in the building once: a guest of an overlapping visit of the same client is not invited twice.
  const away = new Set(near.filter((p) => p.client === client).flatMap((p) => p.guests));
  const candidates = Array.from({ length: client.contactCount }, (_, i) => i).filter((i) => !away.has(i));
  if (candidates.length === 0) return null;
  const wanted = level === 'vip' ? r.int(3, 8) : level === 'key' ? r.int(2, 5) : r.int(1, 3);
  const guests = shuffled(r, candidates).slice(0, Math.max(1, Math.min(candidates.length, wanted)));
  const guestCount = guests.length;
  const busy = new Set(near.flatMap((p) => p.team.flatMap((m) => [m.primaryName, m.backupName])));
  const taken = new Set(near.flatMap((p) => p.bookings.map((b) => b.resource.id)));
  const team = teamFor(ctx, level, busy);
  const rooms = ctx.resources.filter((x) => x.kind === 'room').map((x) => x.name);
  const purpose = r.pick(PURPOSES);
  const guestsAt = created.getTime() + r.int(20, 72) * HOUR;
  const steps = { guests: guestsAt, itinerary: guestsAt + 15 * 60_000, team: guestsAt + 30 * 60_000, bookings: guestsAt + 45 * 60_000 };
  const plan: PlanScript = {
    id: uuidV7At(created.getTime(), r),
    title: `${shortName(client.name)}${purpose}`,
    client,
    level,
    purpose: `${client.name}${purpose}，共${guestCount}人`,
    needs: needsOf(r, ['']),
    arrival,
    departure,
    createdAt: created.getTime(),
    guests,
    guestNeeds: guests.map(() => needsOf(r, DIETS)),
    shows: guests.map((_, i) => i === 0 || r.chance(0.93)),
    itinerary: itineraryFor(r, arrival, departure, rooms, team),
    team,
    bookings: bookingsFor(ctx, level, arrival, departure, taken),
    steps,
    transitions: [],
    arriveAt: null,
    leaveAt: null,
  };
  const ready = steps.bookings + HOUR;
  const confirmAt = Math.max(ready, arrival.getTime() - r.int(2, 5) * DAY);
  if (r.chance(0.06) && arrival.getTime() - DAY > ready) {
    const cancelAt = ready + r.next() * (arrival.getTime() - DAY - ready);
    if (confirmAt < cancelAt) plan.transitions.push({ at: confirmAt, from: 'draft', to: 'confirmed' });
    plan.transitions.push({ at: cancelAt, from: confirmAt < cancelAt ? 'confirmed' : 'draft', to: 'cancelled', reason: '客户行程调整，来访取消' });
    return plan;
  }
  plan.transitions.push({ at: confirmAt, from: 'draft', to: 'confirmed' });
  plan.arriveAt = arrival.getTime();
  plan.transitions.push({ at: plan.arriveAt, from: 'confirmed', to: 'in_progress' });
  // Guests check out when they leave, or at the end of the first day of a longer visit.
  plan.leaveAt = Math.min(departure.getTime(), at(arrival, 18).getTime());
  const completeAt = departure.getTime() + 30 * 60_000;
  plan.transitions.push({ at: completeAt, from: 'in_progress', to: 'completed' });
  if (r.chance(0.5)) plan.transitions.push({ at: completeAt + r.int(30, 120) * DAY, from: 'completed', to: 'archived' });
  return plan;
}

/**
 * Every plan of the history and the weeks after it (expected visits), about
 * `perWeek` a week on weekdays, plus two arriving on the last day so the
 * desk's expected list is never empty.
 */
export function planPlans(ctx: PlanContext, perWeek: number, lastDay: Date): PlanScript[] {
  const plans: PlanScript[] = [];
  const end = lastDay.getTime() + 28 * DAY;
  for (let week = ctx.start; week < end; week += 7 * DAY) {
    const n = Math.floor(perWeek) + (ctx.random.chance(perWeek % 1) ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const day = new Date(week + ctx.random.int(0, 6) * DAY);
      if (day.getDay() === 0 || day.getDay() === 6) continue;
      const arrival = at(day, ctx.random.int(9, 14), ctx.random.pick([0, 30]));
      const roll = ctx.random.next();
      const plan = makePlan(ctx, arrival, roll < 0.6 ? 0 : roll < 0.9 ? 1 : 2, plans.slice(-40));
      if (plan) plans.push(plan);
    }
  }
  for (const [hour, minute] of [[10, 0], [14, 30]] as const) {
    const plan = makePlan(ctx, at(lastDay, hour, minute), 0, plans.slice(-40));
    if (plan) plans.push(plan);
  }
  return plans;
}

/** How many visits the plans make before the present (walk-ins make the rest). */
export function plannedVisits(plans: PlanScript[], cutoff: number): number {
  return plans.reduce((n, p) => n + (p.arriveAt !== null && p.arriveAt <= cutoff ? p.shows.filter(Boolean).length : 0), 0);
}

export interface PlanWriting {
  store: BulkStore;
  audit: AuditChain;
  visits: VisitWriter;
  random: Random;
  deviceId: string;
  coordinator: string;
  /** Who is at the desk at an instant. */
  receptionistAt: (at: number) => string;
  cutoff: number;
}

function row(w: PlanWriting, at: number) {
  const stamp = new Date(at).toISOString();
  return { created_at: stamp, updated_at: stamp, device_id: w.deviceId };
}

function warningsAt(plan: PlanScript, team: Member[], bookings: Booking[]) {
  const itinerary = plan.itinerary.map((it, i) => ({ id: String(i), notes: '', overlapsWith: [], outsideVisit: false, ...it }));
  const teamView: PlanDetail['team'] = team.map((m, i) => ({ id: String(i), ...m, doubleBookedOn: [] }));
  const bookingView: PlanDetail['bookings'] = bookings.map((b, i) => ({ id: String(i), resourceId: b.resource.id, resourceName: b.resource.name, kind: b.resource.kind, startsAt: b.startsAt, endsAt: b.endsAt, spare: b.spare }));
  return planWarnings({ expectedHeadcount: plan.guests.length, level: plan.level }, plan.guests.map((_, i) => ({ isLead: i === 0 })), itinerary, teamView, bookingView);
}

/** Files every step of every plan on the timeline; steps after the present never happen. */
export function schedulePlans(timeline: Timeline, plans: PlanScript[], w: PlanWriting): void {
  for (const plan of plans) schedulePlan(timeline, plan, w);
}

function schedulePlan(timeline: Timeline, plan: PlanScript, w: PlanWriting): void {
  const done = plan.transitions.filter((t) => t.at <= w.cutoff);
  const status: Status = done.length > 0 ? done[done.length - 1]!.to : 'draft';
  const updatedAt = done.length > 0 ? done[done.length - 1]!.at : plan.createdAt;
  const audit = (at: number, actor: string, action: string, detail: Record<string, unknown>) => w.audit.append(at, actor, action, 'plan', plan.id, { title: plan.title, ...detail });
  const coordinator = w.coordinator;

  timeline.at(plan.createdAt, () => {
    w.store.insert('visit_plans', {
      id: plan.id,
      ...row(w, plan.createdAt),
      updated_at: new Date(updatedAt).toISOString(),
      title: plan.title,
      client_id: plan.client.id,
      purpose: plan.purpose,
      level: plan.level,
      status,
      arrival_at: localDateTime(plan.arrival),
      departure_at: localDateTime(plan.departure),
      expected_headcount: plan.guests.length,
      needs: JSON.stringify(plan.needs),
      notes: '',
    });
    audit(plan.createdAt, coordinator, 'plan.create', { level: plan.level, arrivalAt: localDateTime(plan.arrival), departureAt: localDateTime(plan.departure) });
  });
  timeline.at(plan.steps.guests, () => {
    const people = plan.guests.map((i) => plan.client.contacts[i]!);
    people.forEach((p, i) => {
      w.store.insert('plan_guests', { id: uuidV7At(plan.steps.guests, w.random), ...row(w, plan.steps.guests), plan_id: plan.id, person_id: p.id, is_lead: i === 0 ? 1 : 0, needs: JSON.stringify(plan.guestNeeds[i]) });
    });
    audit(plan.steps.guests, coordinator, 'plan.guests', { added: people.map((p) => p.name), removed: [], guests: people.length });
  });
  timeline.at(plan.steps.itinerary, () => {
    for (const it of plan.itinerary) {
      w.store.insert('itinerary_items', { id: uuidV7At(plan.steps.itinerary, w.random), ...row(w, plan.steps.itinerary), plan_id: plan.id, ...snake(it), notes: '' });
    }
    audit(plan.steps.itinerary, coordinator, 'plan.itinerary', { items: plan.itinerary.length, warnings: warningsAt(plan, [], []) });
  });
  timeline.at(plan.steps.team, () => {
    for (const m of plan.team) w.store.insert('plan_team', { id: uuidV7At(plan.steps.team, w.random), ...row(w, plan.steps.team), plan_id: plan.id, ...snake(m) });
    audit(plan.steps.team, coordinator, 'plan.team', {
      members: plan.team.map((m) => ({ role: m.role, primary: m.primaryName, backup: m.backupName })),
      warnings: warningsAt(plan, plan.team, []),
    });
  });
  if (plan.bookings.length > 0) {
    timeline.at(plan.steps.bookings, () => {
      for (const b of plan.bookings) {
        w.store.insert('resource_bookings', { id: uuidV7At(plan.steps.bookings, w.random), ...row(w, plan.steps.bookings), plan_id: plan.id, resource_id: b.resource.id, starts_at: b.startsAt, ends_at: b.endsAt, spare: b.spare ? 1 : 0 });
      }
      audit(plan.steps.bookings, coordinator, 'plan.bookings', { bookings: plan.bookings.map((b) => ({ resource: b.resource.name, startsAt: b.startsAt, endsAt: b.endsAt, spare: b.spare })) });
    });
  }
  for (const t of plan.transitions) {
    // Arrival is the group check-in itself (it starts the plan); the rest are the coordinator's.
    if (t.to === 'in_progress') continue;
    timeline.at(t.at, () => audit(t.at, coordinator, 'plan.transition', { from: t.from, to: t.to, reason: t.reason }));
  }
  if (plan.arriveAt !== null) scheduleArrival(timeline, plan, plan.arriveAt, plan.leaveAt!, w);
}

/** The group arrives: one checkInPlanned entry for all who came, their badges in one print job, each checks out on leaving. */
function scheduleArrival(timeline: Timeline, plan: PlanScript, arriveAt: number, leaveAt: number, w: PlanWriting): void {
  const actor = w.receptionistAt(arriveAt);
  const host = plan.team.find((m) => m.role === 'greeter')?.primaryName ?? plan.title.slice(0, 50);
  const came: VisitRecord[] = [];
  timeline.at(arriveAt, () => {
    plan.guests.forEach((i, k) => {
      if (!plan.shows[k]) return;
      const person = plan.client.contacts[i]!;
      came.push(w.visits.checkIn(arriveAt, person, { kind: 'planned', host, purpose: plan.purpose.slice(0, 200), planId: plan.id, checkOutAt: leaveAt <= w.cutoff ? leaveAt : null }));
    });
    w.audit.append(arriveAt, actor, 'visit.checkInPlanned', 'plan', plan.id, {
      planTitle: plan.title,
      guests: came.map((v) => ({ name: v.person.name, badgeNo: v.badgeNo, idMasked: v.person.idMasked })),
      planStarted: true,
    });
  });
  timeline.at(arriveAt + 45_000, () => w.visits.printBadges(arriveAt + 45_000, actor, came));
  timeline.at(leaveAt, () => {
    for (const v of came) w.visits.checkOut(leaveAt, w.receptionistAt(leaveAt), v);
  });
}

/** camelCase fields to the table's snake_case columns. */
function snake(o: object): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v as string]));
}
