/**
 * The planning half of `npm run bench`: thousands of reception plans with
 * guests, itinerary, team and bookings, then the reads the calendar, the
 * editor and the desk's expected-arrivals list make.
 */
export type Call = (name: string, input: unknown) => Promise<Record<string, unknown>>;
export type Stats = (label: string, samples: number[]) => void;

const PLANS = Number(process.env.BENCH_PLANS ?? 5_000);
const PER_DAY = 7;
const ROOMS = 20;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local `YYYY-MM-DD` of `days` after `start`. */
function dayAfter(start: Date, days: number): string {
  const d = new Date(start.getFullYear(), start.getMonth(), start.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function repeat(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await timed(fn));
  return samples;
}

/**
 * Plans run from about a year ago to a year ahead, seven a day, each with 12
 * guests from the directory, four itinerary items, a team and a room. Today's
 * plans are confirmed so the desk has expected guests.
 */
async function seedPlans(call: Call, personIds: string[]): Promise<{ planIds: string[]; today: string }> {
  const rooms: string[] = [];
  for (let r = 0; r < ROOMS; r++) rooms.push((await call('resources.create', { kind: 'room', name: `会议室${r + 1}`, capacity: 20 })).id as string);
  const client = (await call('clients.create', { name: '基准测试集团', tier: 'vip' })).id as string;
  const start = new Date();
  const firstDay = -Math.floor(PLANS / PER_DAY / 2);
  const today = dayAfter(start, 0);
  const planIds: string[] = [];
  for (let i = 0; i < PLANS; i++) {
    const day = dayAfter(start, firstDay + Math.floor(i / PER_DAY));
    const hour = 8 + (i % PER_DAY);
    const at = (h: number, m = 0) => `${day}T${pad(h + Math.floor(m / 60))}:${pad(m % 60)}`;
    const plan = await call('plans.create', {
      title: `客户来访 ${i}`,
      clientId: client,
      level: i % 10 === 0 ? 'vip' : 'normal',
      arrivalAt: at(hour),
      departureAt: at(hour + 3),
      expectedHeadcount: 12,
    });
    const planId = plan.id as string;
    planIds.push(planId);
    const guests = Array.from({ length: 12 }, (_, g) => ({ personId: personIds[(i * 12 + g) % personIds.length]!, isLead: g === 0 }));
    await call('plans.setGuests', { planId, guests });
    await call('plans.saveItinerary', {
      planId,
      items: ['接站', '参观', '会议', '晚宴'].map((activity, k) => ({ startsAt: at(hour, k * 40), endsAt: at(hour, k * 40 + 30), activity, place: '总部' })),
    });
    await call('plans.setTeam', {
      planId,
      members: [{ role: 'greeter', primaryName: `接待${i % 30}`, backupName: `接待${(i + 1) % 30}`, primaryPhone: '13800138000' }],
    });
    await call('plans.setBookings', { planId, bookings: [{ resourceId: rooms[i % ROOMS]!, startsAt: at(hour), endsAt: at(hour + 3) }] });
    if (day === today) await call('plans.transition', { id: planId, to: 'confirmed' });
  }
  return { planIds, today };
}

/** Returns a plan in the middle of the range and the day of today's plans, for the print timings. */
export async function benchPlans(call: Call, stats: Stats, personIds: string[]): Promise<{ planId: string; day: string }> {
  console.log(`\nSeeding ${PLANS} plans (12 guests, 4 itinerary items, team, room each) ...`);
  const seedStart = performance.now();
  const { planIds, today } = await seedPlans(call, personIds);
  console.log(`Seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s.\n`);

  const now = new Date();
  const monthStart = `${today.slice(0, 8)}01`;
  const monthEnd = `${today.slice(0, 8)}28`;
  const weekEnd = dayAfter(now, 6);
  stats('plans.list month (≈200 plans)', await repeat(50, () => call('plans.list', { from: monthStart, to: monthEnd, limit: 500 })));
  stats('plans.list week (≈50 plans)', await repeat(100, () => call('plans.list', { from: today, to: weekEnd, limit: 500 })));
  stats('plans.list day', await repeat(100, () => call('plans.list', { from: today, to: today, limit: 500 })));
  stats('plans.list all, first page of 50', await repeat(50, () => call('plans.list', { limit: 50 })));
  stats('plans.list search "来访 42"', await repeat(50, () => call('plans.list', { query: '来访 42', limit: 50 })));
  const middle = planIds[Math.floor(planIds.length / 2)]!;
  stats('plans.get (12 guests, itinerary, team, room)', await repeat(100, () => call('plans.get', { id: middle })));
  stats('visits.expected today (7 plans, 84 guests)', await repeat(50, () => call('visits.expected', {})));
  return { planId: middle, day: today };
}
