import type { PlanChecklists, ChecklistTemplate } from '../../contract/checklists';
import type { PlanDetail } from '../../contract/plans';
import type { CheckInPlannedResult } from '../../contract/visits';
import type { TestCore } from './test-core';

export interface PastPlan {
  planId: string;
  personId: string;
  visitId: string;
  checklists: PlanChecklists;
}

/**
 * A plan driven through the services the way the desk does it: guests,
 * confirmed, the guest checked in (which starts it) and out, then completed.
 * The clock must stand on the plan's day (2026-12-03) past 09:30.
 */
export async function completedPlan(core: TestCore, opts: { title?: string; guest?: string; clientId?: string | null } = {}): Promise<PastPlan> {
  const person = await core.call<{ id: string }>('people.create', { name: opts.guest ?? '赵敏', phone: '13900000009', confirmNew: true });
  const plan = await core.call<PlanDetail>('plans.create', {
    title: opts.title ?? '华为来访',
    clientId: opts.clientId ?? null,
    purpose: '合作洽谈',
    notes: '贵宾',
    level: 'normal',
    arrivalAt: '2026-12-03T09:00',
    departureAt: '2026-12-03T17:00',
    expectedHeadcount: 1,
  });
  await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: person.id, isLead: true }] });
  await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
  await core.call('plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾已到' });
  const checkedIn = await core.call<CheckInPlannedResult>('visits.checkInPlanned', { planId: plan.id, personIds: [person.id], host: '王芳', privacyAck: true });
  const visitId = checkedIn.visits[0]!.id;
  await core.call('visits.checkOut', { visitId });
  await core.call('plans.transition', { id: plan.id, to: 'completed' });
  const checklists = await core.call<PlanChecklists>('checklists.forPlan', { planId: plan.id });
  return { planId: plan.id, personId: person.id, visitId, checklists };
}

export async function firstTemplate(core: TestCore): Promise<ChecklistTemplate> {
  return (await core.call<ChecklistTemplate[]>('checklists.templates', {}))[0]!;
}
