import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ChecklistKind, LocalText, PlanChecklists, PlanMaterial, Rehearsal } from '../../../contract/checklists';
import { checklistItems, planChecklists, planMaterials, planRehearsals } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';
import { dueClock, itemOf, progressOf } from './item-view';
import { levelRuleOf } from './level-rules';
import { planFacts } from './plan-facts';

/** What to prepare: the override, or ceil(perGuest × headcount) + fixed (DIGEST 05). */
export function materialQuantity(m: { perGuest: number; fixed: number; quantityOverride: number | null }, headcount: number): number {
  // Rounded to 1e-9 first, so 0.1 × 30 does not come out as 3.0000000000000004 and round up to 4.
  return m.quantityOverride ?? Math.ceil(Math.round(m.perGuest * headcount * 1e9) / 1e9) + m.fixed;
}

export function materialsOf(db: ReadDb, planId: string, headcount: number): PlanMaterial[] {
  return db
    .select()
    .from(planMaterials)
    .where(and(eq(planMaterials.planId, planId), isNull(planMaterials.deletedAt)))
    .orderBy(asc(planMaterials.position), asc(planMaterials.id))
    .all()
    .map((m) => ({
      id: m.id,
      kind: m.kind,
      name: m.name,
      perGuest: m.perGuest,
      fixed: m.fixed,
      quantityOverride: m.quantityOverride,
      quantity: materialQuantity(m, headcount),
      notes: m.notes,
      ready: m.ready,
    }));
}

export function rehearsalOf(db: ReadDb, planId: string): Rehearsal | null {
  const r = db.select().from(planRehearsals).where(and(eq(planRehearsals.planId, planId), isNull(planRehearsals.deletedAt))).get();
  return r ? { at: r.at, place: r.place, attendees: JSON.parse(r.attendees) as string[], notes: r.notes, held: r.held } : null;
}

/** A plan's lists with their items and progress, its materials and its rehearsal. */
export function planChecklistsOf(db: ReadDb, planId: string, now: Date): PlanChecklists {
  const plan = planFacts(db, planId);
  const clock = dueClock(now);
  const lists = db
    .select()
    .from(planChecklists)
    .where(and(eq(planChecklists.planId, planId), isNull(planChecklists.deletedAt)))
    .orderBy(asc(planChecklists.position), asc(planChecklists.id))
    .all();
  const rows = db
    .select()
    .from(checklistItems)
    .where(and(eq(checklistItems.planId, planId), isNull(checklistItems.deletedAt)))
    .orderBy(asc(checklistItems.position), asc(checklistItems.id))
    .all();
  const views = lists.map((l) => {
    const items = rows.filter((r) => r.checklistId === l.id).map((r) => itemOf(r, { kind: l.kind as ChecklistKind, planStatus: plan.status }, clock));
    return { id: l.id, templateId: l.templateId, name: JSON.parse(l.name) as LocalText, kind: l.kind, items, progress: progressOf(items, plan.arrivalAt) };
  });
  return {
    planId,
    lists: views,
    progress: progressOf(views.flatMap((l) => l.items), plan.arrivalAt),
    materials: materialsOf(db, planId, plan.expectedHeadcount),
    rehearsal: rehearsalOf(db, planId),
    rehearsalRequired: levelRuleOf(db, plan.level).rehearsal,
  };
}
