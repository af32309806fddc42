import { and, eq, inArray, isNull } from 'drizzle-orm';
import { sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { ClientTier } from '../../../contract/clients';
import type { CareKind, CareReminder, CareRules, Festival } from '../../../contract/followups';
import { careMarks } from '../../../db/schema';
import { tierRank } from '../../../db/schema/clients';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb } from '../../core/write-path';
import { mayCall } from '../../security/roles';
import { readCareRules } from './care-rules';
import { addDays, dayInYear, daysBetween, monthDayRanges } from './days';
import { festivalsBetween } from './festivals';

export interface CareWindow {
  /** Reminders for days on or after this one (YYYY-MM-DD). */
  from: string;
  /** Reminders whose reminding starts on or before this day (the day minus its lead days). */
  to: string;
  /** Only this account manager's. */
  ownerUserId?: string;
}

type Draft = Omit<CareReminder, 'done' | 'doneAt' | 'note'>;
interface ClientOf {
  id: string;
  name: string;
  tier: ClientTier;
}

/** The longest window read at once (a year and a day, so a whole year always fits). */
export const MAX_WINDOW_DAYS = 366;

const KIND_ORDER: Record<CareKind, number> = { festival: 0, birthday: 1, milestone: 2 };

/**
 * The people of a client in the birthday tiers whose birthday (month-day) falls
 * in the window, read by people_birthday_month_day. CROSS JOIN keeps people
 * first: otherwise SQLite starts from the clients of a tier and reads all their
 * people, which grows with the directory while a few days of birthdays do not.
 */
function birthdays(db: ReadDb, from: string, to: string, rules: CareRules, owner: SQL): Draft[] {
  const tiers = rules.birthdayTiers.length === 0 ? sql`` : sql`AND c.tier IN (${sql.join(rules.birthdayTiers.map((t) => sql`${t}`), sql`, `)})`;
  const out: Draft[] = [];
  for (const r of monthDayRanges(from, to)) {
    const rows = db.all<{ id: string; name: string; birthday: string; cid: string; cname: string; tier: ClientTier; owner: string; ownerName: string }>(sql`
      SELECT p.id, p.name, p.birthday, c.id AS cid, c.name AS cname, c.tier, c.account_manager_user_id AS owner, u.name AS ownerName
      FROM people p CROSS JOIN clients c ON c.id = p.client_id JOIN users u ON u.id = c.account_manager_user_id
      WHERE p.birthday IS NOT NULL AND p.deleted_at IS NULL AND substr(p.birthday, 6) BETWEEN ${r.fromMd} AND ${r.toMd}
        AND c.deleted_at IS NULL ${tiers} AND ${owner}`);
    for (const p of rows) {
      const day = dayInYear(r.year, p.birthday.slice(5));
      out.push({
        key: `birthday:${p.id}:${day}`,
        kind: 'birthday',
        day,
        remindFrom: addDays(day, -rules.birthdayLeadDays),
        festival: null,
        title: p.name,
        personId: p.id,
        clients: [{ id: p.cid, name: p.cname, tier: p.tier }],
        ownerUserId: p.owner,
        ownerName: p.ownerName,
      });
    }
  }
  return out;
}

/** One reminder per festival per account manager, listing all of their clients (VIP first). */
function festivals(db: ReadDb, from: string, to: string, rules: CareRules, owner: SQL): Draft[] {
  const days = festivalsBetween(from, to, rules.festivals);
  if (days.length === 0) return [];
  const rows = db.all<{ owner: string; ownerName: string; id: string; name: string; tier: ClientTier }>(sql`
    SELECT c.account_manager_user_id AS owner, u.name AS ownerName, c.id, c.name, c.tier
    FROM clients c JOIN users u ON u.id = c.account_manager_user_id
    WHERE c.account_manager_user_id IS NOT NULL AND c.deleted_at IS NULL AND ${owner}
    ORDER BY ${tierRank(sql`c.tier`)}, c.name_pinyin, c.id`);
  const byOwner = new Map<string, { name: string; clients: ClientOf[] }>();
  for (const r of rows) {
    const entry = byOwner.get(r.owner) ?? { name: r.ownerName, clients: [] };
    entry.clients.push({ id: r.id, name: r.name, tier: r.tier });
    byOwner.set(r.owner, entry);
  }
  return days.flatMap(({ festival, day }: { festival: Festival; day: string }) =>
    [...byOwner].map(([ownerUserId, o]) => ({
      key: `festival:${festival}~${ownerUserId}:${day}`,
      kind: 'festival' as const,
      day,
      remindFrom: addDays(day, -rules.festivalLeadDays),
      festival,
      title: '',
      personId: null,
      clients: o.clients,
      ownerUserId,
      ownerName: o.name,
    })),
  );
}

/** Client milestones whose (yearly) day falls in the window, read by client_milestones_month_day (milestones first, as for birthdays). */
function milestones(db: ReadDb, from: string, to: string, rules: CareRules, owner: SQL): Draft[] {
  const out: Draft[] = [];
  for (const r of monthDayRanges(from, to)) {
    const rows = db.all<{ id: string; title: string; date: string; yearly: number; cid: string; cname: string; tier: ClientTier; owner: string; ownerName: string }>(sql`
      SELECT m.id, m.title, m.date, m.yearly, c.id AS cid, c.name AS cname, c.tier, c.account_manager_user_id AS owner, u.name AS ownerName
      FROM client_milestones m CROSS JOIN clients c ON c.id = m.client_id JOIN users u ON u.id = c.account_manager_user_id
      WHERE substr(m.date, 6) BETWEEN ${r.fromMd} AND ${r.toMd} AND m.deleted_at IS NULL AND c.deleted_at IS NULL AND ${owner}`);
    for (const m of rows) {
      const day = m.yearly ? dayInYear(r.year, m.date.slice(5)) : m.date;
      // A one-off milestone only on its own date; a yearly one from its first date on.
      if ((!m.yearly && day.slice(0, 4) !== String(r.year)) || day < m.date) continue;
      out.push({
        key: `milestone:${m.id}:${day}`,
        kind: 'milestone',
        day,
        remindFrom: addDays(day, -rules.milestoneLeadDays),
        festival: null,
        title: m.title,
        personId: null,
        clients: [{ id: m.cid, name: m.cname, tier: m.tier }],
        ownerUserId: m.owner,
        ownerName: m.ownerName,
      });
    }
  }
  return out;
}

/**
 * Care reminders (computed from the directory, never copied): birthdays of
 * clients' people, festivals, and client milestones, each for the client's
 * account manager (a user). A reminder is in when its day is on or after
 * `from` and its reminding starts (day minus lead days) on or before `to`.
 * Whether it was done is read from care_marks by its key.
 */
export function careReminders(ctx: Pick<ServiceContext, 'db'>, window: CareWindow): CareReminder[] {
  if (window.from > window.to) return [];
  // Reminders are for the weeks ahead: a window of years would read the directory once per year in it.
  if (daysBetween(window.from, window.to) > MAX_WINDOW_DAYS) {
    throw new AppError('VALIDATION', 'Care reminders are read for at most a year at a time.', { reason: 'careWindow' }, [{ path: 'to', message: 'followup.careWindow' }]);
  }
  const db = ctx.db;
  const rules = readCareRules(db);
  const owner = window.ownerUserId === undefined ? sql`1 = 1` : sql`c.account_manager_user_id = ${window.ownerUserId}`;
  const upTo = (lead: number) => addDays(window.to, lead);
  const drafts = [
    ...(window.from <= upTo(rules.birthdayLeadDays) ? birthdays(db, window.from, upTo(rules.birthdayLeadDays), rules, owner) : []),
    ...(window.from <= upTo(rules.festivalLeadDays) ? festivals(db, window.from, upTo(rules.festivalLeadDays), rules, owner) : []),
    ...(window.from <= upTo(rules.milestoneLeadDays) ? milestones(db, window.from, upTo(rules.milestoneLeadDays), rules, owner) : []),
  ].filter((d) => d.remindFrom <= window.to);
  const marks = marksOf(
    db,
    drafts.map((d) => d.key),
  );
  return drafts
    .map((d) => {
      const mark = marks.get(d.key);
      return { ...d, done: mark !== undefined, doneAt: mark?.at ?? null, note: mark?.note ?? '' };
    })
    .sort((a, b) => (a.day !== b.day ? (a.day < b.day ? -1 : 1) : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title, 'zh-CN')));
}

function marksOf(db: ReadDb, keys: string[]): Map<string, { at: string; note: string }> {
  const out = new Map<string, { at: string; note: string }>();
  // Chunks keep the statement under SQLite's variable limit for a long festival window.
  for (let i = 0; i < keys.length; i += 500) {
    const rows = db
      .select({ key: careMarks.key, at: careMarks.updatedAt, note: careMarks.note })
      .from(careMarks)
      .where(and(inArray(careMarks.key, keys.slice(i, i + 500)), isNull(careMarks.deletedAt)))
      .all();
    for (const r of rows) out.set(r.key, { at: r.at, note: r.note });
  }
  return out;
}

const KEY = /^(birthday|festival|milestone):([^:]+):(\d{4}-\d{2}-\d{2})$/;

/** Marks one occurrence done (again: the note is replaced); its owner or a manager may. */
export function careDone(ctx: ServiceContext, input: { key: string; note: string }): CareReminder {
  const day = KEY.exec(input.key)?.[3];
  const found = day === undefined ? undefined : careReminders(ctx, { from: day, to: day }).find((r) => r.key === input.key);
  if (!found) throw new AppError('NOT_FOUND', 'No such care reminder.', { reason: 'careNotFound' }, [{ path: 'key', message: 'followup.careNotFound' }]);
  if (found.ownerUserId !== ctx.session.operatorId && !mayCall(ctx.session, 'followups.manage')) {
    throw new AppError('FORBIDDEN', 'Only the account manager or a manager marks this reminder.');
  }
  return ctx.write(
    (tx) => {
      const existing = tx.select({ id: careMarks.id }).from(careMarks).where(eq(careMarks.key, input.key)).get();
      if (existing) {
        tx.update(careMarks).set({ note: input.note, userId: ctx.session.operatorId, byName: ctx.session.operatorName, deletedAt: null }).where(eq(careMarks.id, existing.id)).run();
      } else {
        tx.insert(careMarks)
          .values({ id: uuidv7(), ...insertStamps(tx), key: input.key, userId: ctx.session.operatorId, byName: ctx.session.operatorName, note: input.note })
          .run();
      }
      return { ...found, done: true, doneAt: tx.at, note: input.note };
    },
    (r) => ({ action: 'followup.careDone', entity: 'careReminder', entityId: r.key, detail: { careKind: r.kind, day: r.day, title: r.title, festival: r.festival, clients: r.clients.map((c) => c.name), note: r.note } }),
  );
}
