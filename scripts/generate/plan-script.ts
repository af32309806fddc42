import type { Resource } from '../../contract/plans';
import type { ClientScript } from './clients';
import { shortName } from './companies';
import { bookingsFor, itineraryFor, teamFor } from './plan-parts';
import { at, DAY, HOUR } from './calendar';
import { uuidV7At, type Random } from './random';

/*
 * Reception plans (接待方案), a few a week: filed by the coordinator two to
 * six weeks ahead, given guests from the client's people, an itinerary, a
 * team with stand-ins and rooms and cars, confirmed a few days before; the
 * guests arrive together and are checked in as a group; the plan completes
 * and months later is archived. Some are cancelled. Every step is written as
 * the plans service writes it (rows and audit entry), at its own time.
 */

export type Level = 'vip' | 'key' | 'normal';
export type Status = 'draft' | 'confirmed' | 'in_progress' | 'completed' | 'cancelled' | 'archived';

const PURPOSES = ['年度合作洽谈', '新产品交流', '工厂参观考察', '项目启动会', '技术交流', '高层互访', '供应商审核', '签约仪式'];
const TRANSPORT = ['', '', '', '机场接机', '高铁站接站', '自驾'];
const DIETS = ['', '', '', '', '素食', '清真', '不吃辣'];

export interface Needs {
  diet: string;
  transport: string;
  accessibility: string;
  other: string;
}
export interface Item {
  startsAt: string;
  endsAt: string;
  activity: string;
  place: string;
  responsible: string;
}
export interface Member {
  role: 'greeter' | 'presenter' | 'noteTaker' | 'logistics';
  customLabel: string;
  primaryName: string;
  primaryPhone: string;
  backupName: string;
  backupPhone: string;
}
export interface Booking {
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

