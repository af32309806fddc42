import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_VERBS } from '../../contract/channel-names';
import type { PastVisitFile } from '../../contract/past-visits';
import { completedPlan, firstTemplate, type PastPlan } from '../helpers/past-visits-seed';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * A past visit is read-only: every write channel that reaches a plan, its
 * guests, itinerary, team, bookings or checklists is refused on a completed
 * (and an archived) plan with CONFLICT planClosed, and its visits refuse
 * every edit but check-out. The table is checked against the contract: a new
 * write channel in these domains fails here until it says how it treats a
 * closed plan.
 */

let clock = new Date('2026-12-03T10:00:00');
let core: TestCore;
let past: PastPlan;
let templateId: string;

beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  templateId = (await firstTemplate(core)).id;
  past = await completedPlan(core);
  clock = new Date('2026-12-03T10:05:00');
});
afterAll(async () => core?.cleanup());

/** Channels that only read. */
const READS = new Set(['plans.list', 'plans.get', 'plans.staffNames', 'plans.checkBookings', 'resources.list', 'checklists.templates', 'checklists.forPlan', 'checklists.items', 'checklists.due', 'checklists.levelRules']);
/** Writes that reach no one plan (a new plan, the rooms and cars, the templates and level rules): nothing to refuse. */
const UNSCOPED = new Set(['plans.create', 'resources.create', 'resources.update', 'checklists.saveTemplate', 'checklists.saveLevelRules']);

const items = () => past.checklists.lists.flatMap((l) => l.items.map((i) => ({ ...i, kind: l.kind })));
const prepItem = () => items().find((i) => i.kind !== 'after')!;

/** Each write on the past plan, with a valid input and the reason it is refused. */
const WRITES: Record<string, { input: () => unknown; reason: string; only?: 'archived' }> = {
  'plans.update': { input: () => ({ id: past.planId, title: '改名' }), reason: 'planClosed' },
  // Its one way on is to the archive (tested below); back to work is pastVisits.reopen.
  'plans.transition': { input: () => ({ id: past.planId, to: 'in_progress', override: true, reason: '再来' }), reason: 'badTransition' },
  'plans.setGuests': { input: () => ({ planId: past.planId, guests: [] }), reason: 'planClosed' },
  'plans.saveItinerary': { input: () => ({ planId: past.planId, items: [{ startsAt: '2026-12-03T10:00', endsAt: '2026-12-03T11:00', activity: '参观' }] }), reason: 'planClosed' },
  'plans.setTeam': { input: () => ({ planId: past.planId, members: [] }), reason: 'planClosed' },
  'plans.setBookings': { input: () => ({ planId: past.planId, bookings: [] }), reason: 'planClosed' },
  'checklists.setStatus': { input: () => ({ itemIds: [prepItem().id], status: 'done' }), reason: 'planClosed' },
  'checklists.addFromTemplate': { input: () => ({ planId: past.planId, templateId }), reason: 'planClosed' },
  'checklists.addItem': {
    input: () => ({ checklistId: prepItem().checklistId, section: { zh: '补充', en: '' }, text: { zh: '新事项', en: '' }, required: true, department: 'reception', role: null, due: { anchor: 'arrival', offsetMinutes: 0 }, assigneeName: '' }),
    reason: 'planClosed',
  },
  'checklists.updateItem': { input: () => ({ id: prepItem().id, required: false }), reason: 'planClosed' },
  'checklists.removeItem': { input: () => ({ id: prepItem().id }), reason: 'planClosed' },
  'checklists.saveMaterials': { input: () => ({ planId: past.planId, materials: [] }), reason: 'planClosed' },
  'checklists.saveRehearsal': { input: () => ({ planId: past.planId, rehearsal: null }), reason: 'planClosed' },
  // Its visits: check-out stays open (a guest may leave after the plan was closed), nothing else.
  'visits.undoCheckOut': { input: () => ({ visitId: past.visitId }), reason: 'planClosed' },
  // Nobody is received on it any more.
  'visits.checkInPlanned': { input: () => ({ planId: past.planId, personIds: [past.personId], host: '王芳', privacyAck: true }), reason: 'planNotReceiving' },
  // A completed visit's follow-up is still live work (its 'after' items tick and hand off, see checklists' plan-rules); an archived one's is not.
  'print.handoff': { input: () => ({ planId: past.planId, department: 'it', locale: 'zh-CN', printerId: 'pdf' }), reason: 'planClosed', only: 'archived' },
};

/** The whole record as the file shows it, less what moves by itself (the log and the clock). */
async function record(): Promise<unknown> {
  const file = await core.call<PastVisitFile>('pastVisits.file', { planId: past.planId });
  const { audit: _audit, plan, ...rest } = file;
  return { ...rest, plan: { ...plan, status: 'any', nextStatuses: [], updatedAt: '' } };
}

describe('a past visit is read-only', () => {
  it('classifies every plans, resources and checklists channel (a new write must say how it treats a closed plan)', () => {
    const all = (['plans', 'resources', 'checklists'] as const).flatMap((d) => CHANNEL_VERBS[d].map((v) => `${d}.${v}`));
    const unclassified = all.filter((c) => !READS.has(c) && !UNSCOPED.has(c) && !(c in WRITES));
    expect(unclassified).toEqual([]);
  });

  for (const status of ['completed', 'archived'] as const) {
    it(`refuses each write on a ${status} plan with CONFLICT and changes nothing`, async () => {
      if (status === 'archived') await core.call('plans.transition', { id: past.planId, to: 'archived' });
      const before = await record();
      for (const [channel, { input, reason, only }] of Object.entries(WRITES)) {
        if (only && only !== status) continue;
        const result = await core.dispatch(channel, input());
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason } } });
      }
      expect(await record()).toEqual(before);
    });
  }
});

describe("a past visit's guests", () => {
  it('still check out after the plan was completed', async () => {
    const other = await completedPlanWithGuestOnSite();
    expect(await core.call('visits.checkOut', { visitId: other.visitId })).toMatchObject({ status: 'checked_out' });
    // …and the check-out, once made, is not undone on the closed plan.
    expect(await core.dispatch('visits.undoCheckOut', { visitId: other.visitId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'planClosed' } } });
  });
});

/** A plan completed while its guest is still on site. */
async function completedPlanWithGuestOnSite(): Promise<{ planId: string; visitId: string }> {
  const person = await core.call<{ id: string }>('people.create', { name: '钱多', phone: '13900000010', confirmNew: true });
  const plan = await core.call<{ id: string }>('plans.create', { title: '腾讯来访', arrivalAt: '2026-12-03T08:00', departureAt: '2026-12-03T17:00', expectedHeadcount: 1 });
  await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: person.id, isLead: true }] });
  await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
  await core.call('plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾已到' });
  const checkedIn = await core.call<{ visits: { id: string }[] }>('visits.checkInPlanned', { planId: plan.id, personIds: [person.id], host: '王芳', privacyAck: true });
  await core.call('plans.transition', { id: plan.id, to: 'completed' });
  return { planId: plan.id, visitId: checkedIn.visits[0]!.id };
}
