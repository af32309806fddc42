import { dueTime, type ChecklistTemplate, type LocalText } from '../../contract/checklists';
import { localMinute } from '../../main/core/clock';
import type { AuditChain } from './audit';
import type { PlanScript } from './plan-script';
import { uuidV7At, type Random } from './random';
import type { BulkStore } from './store';
import type { Timeline } from './timeline';

/*
 * A plan's checklists as the desk works them: copied from the matching shipped
 * templates when the plan is confirmed, then ticked item by item around their
 * due times — most on time, some late, a few not applicable, and the follow-up
 * of a visit now and then forgotten — so the desk's due panel, the checklist
 * screen and the compliance figures read realistic history.
 */
export interface ChecklistWriting {
  store: BulkStore;
  audit: AuditChain;
  random: Random;
  deviceId: string;
  templates: ChecklistTemplate[];
  cutoff: number;
  /** Who is at the desk at an instant. */
  receptionistAt: (at: number) => string;
}

const MINUTE = 60_000;

function matches(t: ChecklistTemplate, plan: PlanScript): boolean {
  return (
    t.kind !== 'inspection' &&
    (t.levels.length === 0 || t.levels.includes(plan.level)) &&
    (t.visitTypes.length === 0 || t.visitTypes.includes('business')) &&
    (t.clientTiers.length === 0 || t.clientTiers.includes(plan.client.tier))
  );
}

interface Tick {
  status: 'done' | 'na';
  at: number;
}

/** When (and whether) an item gets ticked, given its due instant and how the visit went. */
function tickOf(random: Random, due: number, kind: ChecklistTemplate['kind'], visitHappened: boolean, cancelledAt: number | null): Tick | null {
  if (!visitHappened && kind !== 'preparation') return null;
  const roll = random.next();
  // Forgotten: about one follow-up in ten, one preparation item in fifty.
  if (roll < (kind === 'after' ? 0.1 : 0.02)) return null;
  const late = roll > 0.92;
  const at = late ? due + random.int(10, 600) * MINUTE : due - random.int(5, kind === 'preparation' ? 720 : 30) * MINUTE;
  if (cancelledAt !== null && at >= cancelledAt) return null;
  return { status: roll > 0.97 ? 'na' : 'done', at };
}

/** Files the copying of every matching template at the confirmation and each tick at its own instant. */
export function scheduleChecklists(timeline: Timeline, plan: PlanScript, confirmedAt: number, w: ChecklistWriting): void {
  const arrivalAt = localMinute(plan.arrival);
  const departureAt = localMinute(plan.departure);
  const cancelled = plan.transitions.find((t) => t.to === 'cancelled' && t.at > confirmedAt);
  const visitHappened = plan.arriveAt !== null;
  const greeter = plan.team.find((m) => m.role === 'greeter')?.primaryName ?? '';
  const primaryOf = (role: string | null) => (role ? (plan.team.find((m) => m.role === role)?.primaryName ?? '') : '');
  // Decided now, filed now: the timeline takes no new event for a day while it plays that day.
  const lists = w.templates.filter((t) => matches(t, plan)).map((t) => ({
    template: t,
    items: t.sections.flatMap((section) =>
      section.items.map((item) => {
        const dueAt = dueTime(item.due, arrivalAt, departureAt)!;
        const tick = tickOf(w.random, Date.parse(dueAt), t.kind, visitHappened, cancelled?.at ?? null);
        // An item due before the plan was confirmed is ticked just after it.
        const at = tick ? Math.max(tick.at, confirmedAt + w.random.int(1, 60) * MINUTE) : 0;
        const ticked = tick && at <= w.cutoff ? { status: tick.status, at } : null;
        const by = ticked ? (item.role ? primaryOf(item.role) || greeter : w.receptionistAt(ticked.at)) : '';
        return { section, item, dueAt, ticked, by };
      }),
    ),
  }));
  timeline.at(confirmedAt, () => {
    const stamp = new Date(confirmedAt).toISOString();
    const row = { created_at: stamp, updated_at: stamp, device_id: w.deviceId };
    lists.forEach(({ template, items }, position) => {
      const listId = uuidV7At(confirmedAt, w.random);
      w.store.insert('plan_checklists', { id: listId, ...row, plan_id: plan.id, template_id: template.id, name: JSON.stringify(template.name), kind: template.kind, position });
      items.forEach(({ section, item, dueAt, ticked, by }, i) => {
        w.store.insert('checklist_items', {
          id: uuidV7At(confirmedAt, w.random),
          ...row,
          updated_at: ticked ? new Date(ticked.at).toISOString() : stamp,
          checklist_id: listId,
          plan_id: plan.id,
          template_item_id: item.id,
          section: JSON.stringify(section.title),
          text: JSON.stringify(item.text),
          position: i,
          required: item.required ? 1 : 0,
          department: item.department,
          role: item.role,
          assignee_name: primaryOf(item.role),
          due_anchor: item.due.anchor,
          due_offset_minutes: item.due.offsetMinutes,
          due_at: dueAt,
          item_check: item.check,
          status: ticked?.status ?? 'open',
          status_by_name: by,
          status_at: ticked ? new Date(ticked.at).toISOString() : null,
        });
      });
    });
  });
  for (const { items } of lists) {
    for (const { item, ticked, by } of items) if (ticked) fileTick(timeline, w, plan, item.text, ticked, by);
  }
}

/** One audit entry per tick, as the checklist screen writes one per key press. */
function fileTick(timeline: Timeline, w: ChecklistWriting, plan: PlanScript, text: LocalText, tick: Tick, by: string): void {
  timeline.at(tick.at, () => w.audit.append(tick.at, by, 'checklist.tick', 'plan', plan.id, { itemStatus: tick.status, itemTexts: [text.zh] }));
}
