import { at, DAY, localDateTime } from './calendar';
import type { Booking, Item, Level, Member, PlanContext } from './plan-script';
import type { Random } from './random';

/* A plan's itinerary, team and bookings, made to pass the plans service's checks (no overlaps, stand-ins, no double bookings). */

export function itineraryFor(random: Random, arrival: Date, departure: Date, rooms: string[], team: Member[]): Item[] {
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
export function teamFor(ctx: PlanContext, level: Level, busy: Set<string>): Member[] {
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

export function bookingsFor(ctx: PlanContext, level: Level, arrival: Date, departure: Date, taken: Set<string>): Booking[] {
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
