import type { AuditChain } from './audit';
import { arrivalMinute, DESK_CLOSES_MIN, stayMinutes } from './calendar';
import { DAILY_VISITORS, type CompanyPool } from './companies';
import type { ClientScript } from './clients';
import type { PeopleWriter, PersonInfo } from './people';
import { Weighted, type Random } from './random';
import type { Samples } from './samples';
import type { Timeline } from './timeline';
import type { VisitRecord, VisitWriter } from './visits';

/*
 * Walk-in visitors, day by day. Most people come once; some come back now
 * and then, some monthly, and a few (couriers, contractors) several times a
 * week for a spell of months: each new person is given one of these habits,
 * and a returning visit picks a habit, then someone recent who has it.
 */

type Habit = 'once' | 'occasional' | 'regular' | 'frequent';
type Returning = Exclude<Habit, 'once'>;
const HABITS = new Weighted<Habit>([
  ['once', 0.7],
  ['occasional', 0.22],
  ['regular', 0.07],
  ['frequent', 0.01],
]);
/** Of the returning visits, which habit they come from. */
const RETURNING = new Weighted<Returning>([
  ['frequent', 0.4],
  ['regular', 0.35],
  ['occasional', 0.25],
]);
/** How many of the most recent people of a habit are still coming (couriers change, suppliers change). */
const ACTIVE: Record<Returning, number> = { frequent: 400, regular: 5000, occasional: Number.POSITIVE_INFINITY };

const PURPOSES: string[] = ['商务洽谈', '商务洽谈', '拜访', '会议', '会议', '面试', '面试', '设备维修', '技术支持', '参观交流', '审计', '培训', '合同签订', '装修施工', '物业巡检', '', '', ''];
const COURIER_PURPOSES = ['送货', '取件', '送餐', '送文件'];
const DAILY = new Set(DAILY_VISITORS);

export interface WalkInSetup {
  people: PeopleWriter;
  visits: VisitWriter;
  audit: AuditChain;
  random: Random;
  /** Registration times only: their draws never shift who comes when. */
  timing: Random;
  companies: CompanyPool;
  hosts: Weighted<string>;
  samples: Samples;
  /** Clients filed so far: some walk-ins come from a client's company. */
  clients: ClientScript[];
  newPeople: number;
  walkIns: number;
}

export class WalkIns {
  private readonly pools: Record<Returning, number[]> = { occasional: [], regular: [], frequent: [] };
  private newLeft: number;
  private walkInsLeft: number;

  constructor(private readonly s: WalkInSetup) {
    this.newLeft = s.newPeople;
    this.walkInsLeft = s.walkIns;
  }

  /** A returning visitor's rowid, not yet seen today; null when none fits. */
  private returning(today: Set<number>): number | null {
    for (let attempt = 0; attempt < 6; attempt++) {
      const habit = RETURNING.pick(this.s.random);
      const pool = this.pools[habit];
      if (pool.length === 0) continue;
      const window = Math.min(pool.length, ACTIVE[habit]);
      // Occasional visitors: anyone, the recent a little more likely.
      const back = habit === 'occasional' ? Math.floor(window * this.s.random.next() ** 1.5) : Math.floor(window * this.s.random.next());
      const rowid = pool[pool.length - 1 - back]!;
      if (!today.has(rowid)) return rowid;
    }
    return null;
  }

  /**
   * Files one day's walk-ins: `count` arrivals over the desk's hours, each
   * with its check-in, badge print and check-out. `scale` squeezes the day
   * into the hours before the present (the last day of a history made now).
   */
  scheduleDay(timeline: Timeline, midnight: number, count: number, actor: string, scale: number, cutoff: number): void {
    const today = new Set<number>();
    const r = this.s.random;
    // A day cut by the present: its last arrivals came within the hour and are still in, whatever the hour (a late-evening run included).
    const cutToday = cutoff < midnight + 86_400_000;
    const stillIn = cutToday ? Math.min(count, Math.max(3, Math.round(count * 0.1))) : 0;
    for (let i = 0; i < count && this.walkInsLeft > 0; i++) {
      const wantNew = this.newLeft >= this.walkInsLeft || (this.newLeft > 0 && r.next() < this.newLeft / this.walkInsLeft);
      const back = wantNew ? null : this.returning(today);
      // Nobody can come back yet (the first days) and nobody new is left: one arrival fewer.
      if (back === null && this.newLeft === 0) continue;
      this.walkInsLeft--;
      const lateArrival = i >= count - stillIn;
      const arrive = lateArrival ? Math.max(midnight, cutoff - r.int(2, 60) * 60_000) : midnight + arrivalMinute(r) * scale * 60_000 + r.int(0, 59_999) * scale;
      let who: { isNew: true; company: Company } | { isNew: false; person: PersonInfo };
      if (back === null) {
        this.newLeft--;
        who = { isNew: true, company: this.companyForNew(arrive) };
      } else {
        today.add(back);
        who = { isNew: false, person: this.s.people.byRowid(back) };
      }
      const courier = DAILY.has(who.isNew ? who.company.name : who.person.company);
      // Stays keep their length on a squeezed last day, so some of its visitors are still on site at the present.
      const stay = (courier ? r.int(3, 15) : stayMinutes(r)) * 60_000;
      const leave = lateArrival ? Math.max(arrive + stay, cutoff + 60_000) : Math.min(arrive + stay, midnight + (DESK_CLOSES_MIN + 30) * 60_000);
      const visit: Planned = {
        arrive,
        leave,
        cutoff,
        host: this.s.hosts.pick(r),
        purpose: courier ? r.pick(COURIER_PURPOSES) : r.pick(PURPOSES),
        changesPhone: !who.isNew && r.chance(0.015),
        actor,
        done: null,
      };
      timeline.at(arrive, () => {
        const person = who.isNew ? this.createVisitor(arrive, who.company) : who.person;
        this.checkIn(visit, person, who.isNew);
      });
      if (r.chance(0.92)) {
        const printAt = Math.max(arrive, Math.min(arrive + 20_000 + r.int(0, 60_000), leave - 1));
        timeline.at(printAt, () => this.s.visits.printBadges(printAt, actor, [visit.done!]));
      }
      timeline.at(leave, () => this.s.visits.checkOut(leave, actor, visit.done!));
    }
  }

  /** A new visitor's company: often one of the many firms, sometimes a client's (and then linked to it), now and then none. */
  private companyForNew(at: number): Company {
    const r = this.s.random;
    const roll = r.next();
    if (roll < 0.12) return { name: '', clientId: null };
    if (roll < 0.2 && this.s.clients.length > 0) {
      const client = r.pick(this.s.clients);
      if (client.createdAt < at) return { name: client.name, clientId: client.id };
    }
    return { name: this.s.companies.pick(r), clientId: null };
  }

  private createVisitor(at: number, company: Company): PersonInfo {
    const person = this.s.people.createVisitor(at, company.name, company.clientId);
    const habit = HABITS.pick(this.s.random);
    if (habit !== 'once') this.pools[habit].push(person.rowid);
    this.s.samples.person(person, habit);
    return person;
  }

  /**
   * How long the desk's form took (first keystroke to badge): a new visitor's
   * name, company, phone and ID typed take a minute and a half or so, a
   * returning one picked from search half a minute, a courier less; spread
   * log-normally (a few slow ones: an ID that would not read, a question).
   */
  private registrationMs(isNew: boolean, purpose: string): number {
    const median = COURIER_PURPOSES.includes(purpose) ? 18 : isNew ? 95 : 35;
    const seconds = median * Math.exp(0.35 * this.s.timing.normal());
    return Math.round(Math.min(900, Math.max(8, seconds)) * 1000);
  }

  private checkIn(v: Planned, onFile: PersonInfo, isNew: boolean): void {
    let person = onFile;
    let changes: { visitorChanges: unknown; identity: unknown } | null = null;
    if (v.changesPhone && person.phone !== '') {
      const phone = this.s.people.changePhone(person, v.arrive);
      changes = {
        visitorChanges: { before: { phone: person.phone }, after: { phone } },
        identity: { action: 'update', differs: ['phone'], reason: '访客更换了手机号' },
      };
      person = { ...person, phone };
    }
    v.done = this.s.visits.checkIn(v.arrive, person, {
      kind: 'walk_in',
      host: v.host,
      purpose: v.purpose,
      planId: null,
      checkOutAt: v.leave <= v.cutoff ? v.leave : null,
      handlingMs: this.registrationMs(isNew, v.purpose),
    });
    // As check-in.ts writes it: the visit row holds who, badge and host.
    this.s.audit.append(v.arrive, v.actor, 'visit.checkIn', 'visit', v.done.id, { newVisitor: isNew, ...changes });
    this.s.samples.visited(person);
  }
}

interface Company {
  name: string;
  clientId: string | null;
}

/** One walk-in as filed; `done` is the visit once its check-in has been played. */
interface Planned {
  arrive: number;
  leave: number;
  cutoff: number;
  host: string;
  purpose: string;
  changesPhone: boolean;
  actor: string;
  done: VisitRecord | null;
}
