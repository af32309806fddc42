import { and, asc, eq, isNull } from 'drizzle-orm';
import { PLAN_TRANSITIONS, type Needs, type PlanDetail } from '../../../contract/plans';
import { outsideWindow, overlapsById } from '../../../contract/time-spans';
import { clients, itineraryItems, planGuests, visitPlans, people } from '../../../db/schema';
import { AppError } from '../../core/errors';
import { checklistCounts, hasRehearsal, levelRuleOf, NO_CHECKLIST } from '../checklists';
import { planWarnings } from './plan-warnings';
import { bookingsOf, teamOf } from './team-and-bookings';
import type { ReadDb } from '../../core/write-path';

export type PlanRow = typeof visitPlans.$inferSelect;

export function getPlanRow(db: ReadDb, id: string): PlanRow {
  const row = db.select().from(visitPlans).where(eq(visitPlans.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such visit plan.');
  return row;
}

function guestsOf(db: ReadDb, planId: string): PlanDetail['guests'] {
  return db
    .select({ personId: people.id, name: people.name, title: people.title, company: people.company, phone: people.phone, isLead: planGuests.isLead, needs: planGuests.needs })
    .from(planGuests)
    .innerJoin(people, eq(people.id, planGuests.personId))
    .where(and(eq(planGuests.planId, planId), isNull(planGuests.deletedAt)))
    .orderBy(asc(planGuests.createdAt))
    .all()
    .map((g) => ({ ...g, needs: JSON.parse(g.needs) as Needs }))
    .sort((a, b) => Number(b.isLead) - Number(a.isLead));
}

function itineraryOf(db: ReadDb, plan: PlanRow): PlanDetail['itinerary'] {
  const rows = db
    .select()
    .from(itineraryItems)
    .where(and(eq(itineraryItems.planId, plan.id), isNull(itineraryItems.deletedAt)))
    .orderBy(asc(itineraryItems.startsAt))
    .all();
  // Rows come ordered by start time, so each item's overlaps are listed in time order.
  const clash = overlapsById(rows);
  return rows.map((r) => {
    const outside = outsideWindow(r, plan.arrivalAt, plan.departureAt);
    return {
      id: r.id,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      activity: r.activity,
      place: r.place,
      responsible: r.responsible,
      notes: r.notes,
      overlapsWith: clash.get(r.id) ?? [],
      outsideVisit: outside.before || outside.after,
    };
  });
}

/**
 * A plan with its guests, itinerary, warnings and allowed next statuses.
 * `now` dates its checklist's overdue and due-soon counts (services pass ctx.now()).
 */
export function planDetail(db: ReadDb, id: string, now: Date = new Date()): PlanDetail {
  const plan = getPlanRow(db, id);
  const client = plan.clientId ? db.select({ name: clients.name }).from(clients).where(eq(clients.id, plan.clientId)).get() : undefined;
  const guests = guestsOf(db, id);
  const itinerary = itineraryOf(db, plan);
  const team = teamOf(db, plan);
  const bookings = bookingsOf(db, id);
  const levelRule = levelRuleOf(db, plan.level);
  return {
    id: plan.id,
    title: plan.title,
    clientId: plan.clientId,
    clientName: client?.name ?? null,
    level: plan.level,
    visitType: plan.visitType,
    status: plan.status,
    arrivalAt: plan.arrivalAt,
    departureAt: plan.departureAt,
    expectedHeadcount: plan.expectedHeadcount,
    guestCount: guests.length,
    checklist: checklistCounts(db, [id], now).get(id) ?? NO_CHECKLIST,
    purpose: plan.purpose,
    needs: JSON.parse(plan.needs) as Needs,
    notes: plan.notes,
    guests,
    itinerary,
    team,
    bookings,
    warnings: planWarnings(plan, { guests, itinerary, team, bookings, rule: levelRule, hasRehearsal: hasRehearsal(db, id) }),
    levelRule,
    nextStatuses: [...PLAN_TRANSITIONS[plan.status]],
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  };
}
