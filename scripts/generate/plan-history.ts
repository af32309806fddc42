import { DEFAULT_LEVEL_RULES, type PlanDetail } from '../../contract/plans';
import { planWarnings } from '../../main/services/plans/plan-warnings';
import type { AuditChain } from './audit';
import { scheduleChecklists, type ChecklistWriting } from './checklist-history';
import { localDateTime } from './calendar';
import type { Booking, Member, PlanScript, Status } from './plan-script';
import { uuidV7At, type Random } from './random';
import type { BulkStore } from './store';
import type { Timeline } from './timeline';
import type { VisitRecord, VisitWriter } from './visits';

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
  /** The shipped checklist templates, copied onto each plan at its confirmation. */
  checklists: Omit<ChecklistWriting, 'store' | 'audit' | 'deviceId' | 'cutoff' | 'receptionistAt'>;
}

function row(w: PlanWriting, at: number) {
  const stamp = new Date(at).toISOString();
  return { created_at: stamp, updated_at: stamp, device_id: w.deviceId };
}

function warningsAt(plan: PlanScript, team: Member[], bookings: Booking[]) {
  const itinerary = plan.itinerary.map((it, i) => ({ id: String(i), notes: '', overlapsWith: [], outsideVisit: false, ...it }));
  const teamView: PlanDetail['team'] = team.map((m, i) => ({ id: String(i), ...m, doubleBookedOn: [] }));
  const bookingView: PlanDetail['bookings'] = bookings.map((b, i) => ({ id: String(i), resourceId: b.resource.id, resourceName: b.resource.name, kind: b.resource.kind, startsAt: b.startsAt, endsAt: b.endsAt, spare: b.spare }));
  // Generated plans keep no rehearsal: the level's default rules say where one is missing.
  return planWarnings(
    { expectedHeadcount: plan.guests.length },
    { guests: plan.guests.map((_, i) => ({ isLead: i === 0 })), itinerary, team: teamView, bookings: bookingView, rule: DEFAULT_LEVEL_RULES[plan.level], hasRehearsal: false },
  );
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
  const confirmed = plan.transitions.find((t) => t.to === 'confirmed');
  if (confirmed) scheduleChecklists(timeline, plan, confirmed.at, { ...w.checklists, store: w.store, audit: w.audit, deviceId: w.deviceId, cutoff: w.cutoff, receptionistAt: w.receptionistAt });
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
      badgeNos: came.map((v) => v.badgeNo),
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

