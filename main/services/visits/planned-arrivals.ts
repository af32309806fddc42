import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import { RECEIVING_PLAN_STATUSES, type Needs } from '../../../contract/plans';
import type { CheckInPlannedResult, ExpectedGuest, PlannedGuestOutcome, VisitSummary } from '../../../contract/visits';
import { planGuests, planTeam, visitPlans, people, visits } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { openItemsBlockingStart } from '../checklists';
import { getPlanRow, planColumns, visitOnDays } from '../plans';
import { nextBadgeNo } from './badge-number';
import { getVisitSummary } from './visit-summary';
import { visitorSnapshot } from './visitor-snapshot';
import { insertStamps } from '../../core/write-path';


/** Planned guests whose visit touches the day, with whether each has arrived (an arrived guest as their visit recorded them). */
type ExpectedRow = Omit<ExpectedGuest, 'needs' | 'isLead'> & { needs: string; isLead: number };

/*
 * Plans are found by the day (visitOnDays reads visit_plans_ends from that day
 * on), then their guests: the unary + keeps SQLite off the status index, which
 * would read every plan ever left "confirmed" or "in progress", and CROSS JOIN
 * keeps the plans as the outer loop, so the guest lists of all years are never
 * scanned (sqlite.org/optoverview.html, "Disqualifying WHERE clause terms" and
 * "Manual control of join order"). A person's on-site badge comes from
 * visits_person_status, never from their whole history.
 */
export function expectedGuests(ctx: ServiceContext, day = localDay(ctx.now())): ExpectedGuest[] {
  return ctx.db.all<ExpectedRow>(sql`
    SELECT p.id AS planId, p.title AS planTitle, p.level, p.arrival_at AS arrivalAt,
      v.id AS personId, coalesce(t.visitor_name, v.name) AS name, coalesce(t.visitor_company, v.company) AS company, v.title,
      coalesce(t.visitor_phone, v.phone) AS phone, v.id_number_mask AS idMasked, g.is_lead AS isLead,
      c.name AS clientName, g.needs,
      (SELECT m.primary_name FROM plan_team m WHERE m.plan_id = p.id AND m.role = 'greeter' AND m.deleted_at IS NULL LIMIT 1) AS greeter,
      t.id AS visitId, t.badge_no AS badgeNo, t.check_in_at AS checkInAt, t.check_out_at AS checkOutAt,
      CASE WHEN t.id IS NULL THEN (SELECT o.badge_no FROM visits o
        WHERE o.person_id = v.id AND o.status = 'on_site' AND o.deleted_at IS NULL ORDER BY o.check_in_at DESC LIMIT 1) END AS onSiteBadgeNo
    FROM visit_plans p
    CROSS JOIN plan_guests g ON g.plan_id = p.id AND g.deleted_at IS NULL
    JOIN people v ON v.id = g.person_id
    LEFT JOIN clients c ON c.id = p.client_id
    LEFT JOIN visits t ON t.plan_id = p.id AND t.person_id = v.id AND t.deleted_at IS NULL
    WHERE p.deleted_at IS NULL AND +p.status IN (${sql.join(RECEIVING_PLAN_STATUSES.map((s) => sql`${s}`), sql`, `)})
      AND ${visitOnDays(planColumns('p'), day, day)}
    ORDER BY p.arrival_at, p.id, g.is_lead DESC, v.name`).map((g) => ({ ...g, isLead: Boolean(g.isLead), needs: JSON.parse(g.needs) as Needs }));
}

function defaultHost(ctx: ServiceContext, planId: string, title: string): string {
  const greeter = ctx.db
    .select({ name: planTeam.primaryName })
    .from(planTeam)
    .where(and(eq(planTeam.planId, planId), eq(planTeam.role, 'greeter'), isNull(planTeam.deletedAt)))
    .get();
  return greeter?.name ?? title.slice(0, 50);
}

/** Why a guest asked for is not checked in now, with the badge that explains it; null when they can be. */
function skipReason(ctx: ServiceContext, planId: string, personId: string, invited: ReadonlySet<string>): Omit<PlannedGuestOutcome, 'personId' | 'name'> | null {
  // Checked in for this plan already (still here or gone): a double scan or click never makes a second visit.
  const arrived = ctx.db
    .select({ badgeNo: visits.badgeNo })
    .from(visits)
    .where(and(eq(visits.planId, planId), eq(visits.personId, personId), isNull(visits.deletedAt)))
    .get();
  if (arrived) return { outcome: 'alreadyCheckedIn', badgeNo: arrived.badgeNo };
  if (!invited.has(personId)) return { outcome: 'notInvited', badgeNo: null };
  // On site under another visit (a walk-in earlier, another plan): one person is in the building once.
  const onSite = ctx.db
    .select({ badgeNo: visits.badgeNo })
    .from(visits)
    .where(and(eq(visits.personId, personId), eq(visits.status, 'on_site'), isNull(visits.deletedAt)))
    .get();
  if (onSite) return { outcome: 'alreadyOnSite', badgeNo: onSite.badgeNo };
  return null;
}

/**
 * Checks in one planned guest or a whole group on their directory records.
 * Each guest asked for is judged alone: one already checked in for this plan,
 * already on site under another visit, or no longer on the guest list is
 * skipped and reported, and the others are checked in — a group is never held
 * at the door for one of its members. The first arrival moves the plan to
 * "in progress"; a call that checks nobody in writes nothing.
 */
export function checkInPlanned(ctx: ServiceContext, input: Parsed<'visits', 'checkInPlanned'>): CheckInPlannedResult {
  const plan = getPlanRow(ctx.db, input.planId);
  if (!(RECEIVING_PLAN_STATUSES as readonly string[]).includes(plan.status)) {
    throw new AppError('CONFLICT', 'Only a confirmed plan receives guests.', { reason: 'planNotReceiving', status: plan.status });
  }
  const ids = [...new Set(input.personIds)];
  const invited = new Set(
    ctx.db
      .select({ personId: planGuests.personId })
      .from(planGuests)
      .where(and(eq(planGuests.planId, plan.id), inArray(planGuests.personId, ids), isNull(planGuests.deletedAt)))
      .all()
      .map((g) => g.personId),
  );
  const names = new Map(
    ctx.db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(inArray(people.id, ids))
      .all()
      .map((v) => [v.id, v.name]),
  );
  const judged = ids.map((personId) => ({ personId, skip: skipReason(ctx, plan.id, personId, invited) }));
  const toCheckIn = judged.filter((j) => j.skip === null).map((j) => j.personId);
  const skipped = judged.flatMap((j) => (j.skip ? [{ personId: j.personId, name: names.get(j.personId) ?? '', ...j.skip }] : []));
  const created = toCheckIn.length === 0 ? [] : admit(ctx, plan, input.host, toCheckIn, skipped);
  const made = new Map(created.map((v) => [v.personId, v]));
  return {
    visits: created,
    guests: judged.map(({ personId }) => {
      const visit = made.get(personId);
      if (visit) return { personId, name: visit.name, outcome: 'checkedIn', badgeNo: visit.badgeNo };
      return skipped.find((s) => s.personId === personId)!;
    }),
  };
}

type PlanRow = ReturnType<typeof getPlanRow>;

/** The visits for the guests who can come in, in one transaction with its audit entry (which names those skipped). */
function admit(ctx: ServiceContext, plan: PlanRow, hostAsked: string | undefined, ids: string[], skipped: PlannedGuestOutcome[]): VisitSummary[] {
  const host = hostAsked || defaultHost(ctx, plan.id, plan.title);
  const openAtStart = plan.status === 'confirmed' ? openItemsBlockingStart(ctx.db, plan.id) : 0;
  return ctx.write(
    (tx) => {
      const now = new Date(tx.at);
      const visitDay = localDay(now);
      const created = ids.map((personId) => {
        const id = uuidv7();
        tx.insert(visits)
          .values({
            id,
            ...insertStamps(tx),
            personId,
            kind: 'planned',
            status: 'on_site',
            host,
            purpose: plan.purpose.slice(0, 200),
            badgeNo: nextBadgeNo(tx, visitDay, tx.deviceId),
            privacyAckAt: tx.at,
            checkInAt: tx.at,
            visitDay,
            planId: plan.id,
            // The guest checks in on the directory record as it reads now; the visit keeps that.
            ...visitorSnapshot(tx, personId),
          })
          .run();
        return getVisitSummary(tx, id);
      });
      if (plan.status === 'confirmed') tx.update(visitPlans).set({ status: 'in_progress' }).where(eq(visitPlans.id, plan.id)).run();
      return created;
    },
    (done: VisitSummary[]) => ({
      action: 'visit.checkInPlanned',
      entity: 'plan',
      entityId: plan.id,
      detail: {
        // The plan is the entry's record; each guest's visit (name, ID on file) is found by its badge number.
        badgeNos: done.map((v) => v.badgeNo),
        ...(skipped.length > 0 && { skipped: skipped.map((s) => ({ name: s.name, outcome: s.outcome, badgeNo: s.badgeNo })) }),
        planStarted: plan.status === 'confirmed',
        // Guests at the door are never turned away for a checklist: the start is recorded with what was still open.
        ...(openAtStart > 0 && { openItems: openAtStart }),
      },
    }),
  );
}
