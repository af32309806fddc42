import { and, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { PlanChecklists } from '../../../contract/checklists';
import { planMaterials, planRehearsals } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { insertStamps, softDelete } from '../../core/write-path';
import { materialQuantity } from './for-plan';
import { editPlan, openPlan } from './plan-edits';

/** Replaces the plan's material list; a row that keeps its id keeps its identity (and its history). */
export function saveMaterials(ctx: ServiceContext, input: Parsed<'checklists', 'saveMaterials'>): PlanChecklists {
  const headcount = openPlan(ctx.db, input.planId).expectedHeadcount;
  return editPlan(ctx, input.planId, 'checklist.materials', (tx) => {
    const existing = new Set(
      tx.select({ id: planMaterials.id }).from(planMaterials).where(and(eq(planMaterials.planId, input.planId), isNull(planMaterials.deletedAt))).all().map((r) => r.id),
    );
    const kept = new Set<string>();
    input.materials.forEach((m, position) => {
      const { id, ...values } = m;
      if (id && existing.has(id) && !kept.has(id)) {
        tx.update(planMaterials).set({ ...values, position }).where(eq(planMaterials.id, id)).run();
        kept.add(id);
      } else {
        tx.insert(planMaterials).values({ id: uuidv7(), ...insertStamps(tx), planId: input.planId, ...values, position }).run();
      }
    });
    for (const id of existing) if (!kept.has(id)) softDelete(tx, planMaterials, eq(planMaterials.id, id));
    return { materials: input.materials.map((m) => ({ materialName: m.name, quantity: materialQuantity(m, headcount), ready: m.ready })) };
  });
}

/** Sets or clears the rehearsal; the plan's one row is reused (plan_rehearsals holds one per plan, deleted or not). */
export function saveRehearsal(ctx: ServiceContext, input: Parsed<'checklists', 'saveRehearsal'>): PlanChecklists {
  return editPlan(ctx, input.planId, 'checklist.rehearsal', (tx) => {
    const row = tx.select({ id: planRehearsals.id }).from(planRehearsals).where(eq(planRehearsals.planId, input.planId)).get();
    const r = input.rehearsal;
    if (!r) {
      if (row) softDelete(tx, planRehearsals, eq(planRehearsals.id, row.id));
      return { cleared: true };
    }
    const values = { at: r.at, place: r.place, attendees: JSON.stringify(r.attendees), notes: r.notes, held: r.held, deletedAt: null };
    if (row) tx.update(planRehearsals).set(values).where(eq(planRehearsals.id, row.id)).run();
    else tx.insert(planRehearsals).values({ id: uuidv7(), ...insertStamps(tx), planId: input.planId, ...values }).run();
    return { rehearsalAt: r.at, rehearsalPlace: r.place, attendees: r.attendees, held: r.held };
  });
}
