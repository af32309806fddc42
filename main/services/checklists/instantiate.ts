import { and, eq, inArray, isNotNull, isNull, max, ne, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { dueTime, pickText, PLAN_CHECKLIST_KINDS, type ChecklistTemplate } from '../../../contract/checklists';
import { checklistItems, checklistTemplates, planChecklists, planMaterials } from '../../../db/schema';
import { insertStamps, softDelete, type WriteTx } from '../../core/write-path';
import { readSettings } from '../settings';
import { primaryByRole, planFacts, type PlanFacts } from './plan-facts';
import { seedBuiltIns, templateOf } from './templates';

/** A template applies to a plan when each of its lists is empty or holds the plan's value (no client: no tier). */
export function templateMatches(t: Pick<ChecklistTemplate, 'levels' | 'visitTypes' | 'clientTiers'>, plan: Pick<PlanFacts, 'level' | 'visitType' | 'clientTier'>): boolean {
  return (
    (t.levels.length === 0 || t.levels.includes(plan.level)) &&
    (t.visitTypes.length === 0 || t.visitTypes.includes(plan.visitType)) &&
    (t.clientTiers.length === 0 || (plan.clientTier !== null && t.clientTiers.includes(plan.clientTier)))
  );
}

/** Active templates that are copied onto plans (never inspections). */
function planTemplates(tx: WriteTx): ChecklistTemplate[] {
  return tx
    .select()
    .from(checklistTemplates)
    .where(and(isNull(checklistTemplates.deletedAt), eq(checklistTemplates.active, true), inArray(checklistTemplates.kind, [...PLAN_CHECKLIST_KINDS])))
    .orderBy(checklistTemplates.createdAt, checklistTemplates.id)
    .all()
    .map(templateOf);
}

/** Copies one template onto the plan: a list, its items (due times from the plan's times, duties to the team) and its materials. */
export function copyTemplate(tx: WriteTx, plan: PlanFacts, template: ChecklistTemplate): string {
  const last = tx.select({ n: max(planChecklists.position) }).from(planChecklists).where(eq(planChecklists.planId, plan.id)).get()?.n ?? -1;
  const listId = uuidv7();
  tx.insert(planChecklists)
    .values({ id: listId, ...insertStamps(tx), planId: plan.id, templateId: template.id, name: JSON.stringify(template.name), kind: template.kind, position: last + 1 })
    .run();
  const team = primaryByRole(tx, plan.id);
  let position = 0;
  for (const section of template.sections) {
    for (const item of section.items) {
      tx.insert(checklistItems)
        .values({
          id: uuidv7(),
          ...insertStamps(tx),
          checklistId: listId,
          planId: plan.id,
          templateItemId: item.id,
          section: JSON.stringify(section.title),
          text: JSON.stringify(item.text),
          position: position++,
          required: item.required,
          department: item.department,
          role: item.role,
          assigneeName: item.role ? (team.get(item.role) ?? '') : '',
          dueAnchor: item.due.anchor,
          dueOffsetMinutes: item.due.offsetMinutes,
          dueAt: dueTime(item.due, plan.arrivalAt, plan.departureAt),
          itemCheck: item.check,
        })
        .run();
    }
  }
  addMaterials(tx, plan.id, template);
  return listId;
}

/** A template's materials, in the site's language, unless the plan already lists one of that kind and name. */
function addMaterials(tx: WriteTx, planId: string, template: ChecklistTemplate): void {
  if (template.materials.length === 0) return;
  const locale = readSettings(tx).locale;
  const existing = tx.select({ kind: planMaterials.kind, name: planMaterials.name }).from(planMaterials).where(and(eq(planMaterials.planId, planId), isNull(planMaterials.deletedAt))).all();
  const have = new Set(existing.map((m) => `${m.kind}\u0000${m.name}`));
  let position = tx.select({ n: max(planMaterials.position) }).from(planMaterials).where(eq(planMaterials.planId, planId)).get()?.n ?? -1;
  for (const m of template.materials) {
    const name = pickText(m.name, locale);
    if (have.has(`${m.kind}\u0000${name}`)) continue;
    have.add(`${m.kind}\u0000${name}`);
    tx.insert(planMaterials)
      .values({ id: uuidv7(), ...insertStamps(tx), planId, kind: m.kind, name, perGuest: m.perGuest, fixed: m.fixed, position: ++position })
      .run();
  }
}

/** Whether anyone ever touched a list: an item ticked (even if opened again) or added by hand. */
function listWasWorked(tx: WriteTx, listId: string): boolean {
  const touched = tx
    .select({ id: checklistItems.id })
    .from(checklistItems)
    .where(and(eq(checklistItems.checklistId, listId), sql`(${checklistItems.statusAt} IS NOT NULL OR ${checklistItems.templateItemId} IS NULL OR ${checklistItems.assigneeSet} = 1)`))
    .limit(1)
    .get();
  return touched !== undefined;
}

export function removeList(tx: WriteTx, listId: string): void {
  softDelete(tx, checklistItems, and(eq(checklistItems.checklistId, listId), isNull(checklistItems.deletedAt)));
  softDelete(tx, planChecklists, eq(planChecklists.id, listId));
}

export type MatchFacts = Pick<PlanFacts, 'level' | 'visitType' | 'clientTier'>;

/**
 * Brings the plan's lists in step with its level, visit type and client, inside
 * the caller's write. Every matching active template not yet on the plan is
 * copied (never twice) once the plan is confirmed. A list goes only when its
 * template matched the plan as it was (`before`) and no longer does, and nobody
 * worked on it: a list added by hand, or one someone ticked, stays.
 */
export function syncPlanLists(tx: WriteTx, planId: string, before: MatchFacts | null): { added: number; removed: number } {
  const plan = planFacts(tx, planId);
  const lists = tx
    .select({ id: planChecklists.id, templateId: planChecklists.templateId })
    .from(planChecklists)
    .where(and(eq(planChecklists.planId, planId), isNull(planChecklists.deletedAt), isNotNull(planChecklists.templateId), ne(planChecklists.kind, 'inspection')))
    .all();
  let added = 0;
  let removed = 0;
  if (plan.status === 'confirmed' || plan.status === 'in_progress') {
    // A desk that never opened the templates gets the shipped ones now, as part of this write.
    seedBuiltIns(tx);
    const onPlan = new Set(lists.map((l) => l.templateId));
    for (const t of planTemplates(tx)) {
      if (onPlan.has(t.id) || !templateMatches(t, plan)) continue;
      copyTemplate(tx, plan, t);
      added++;
    }
  }
  if (before) {
    for (const l of lists) {
      const t = templateOf(tx.select().from(checklistTemplates).where(eq(checklistTemplates.id, l.templateId!)).get()!);
      if (!templateMatches(t, before) || templateMatches(t, plan) || listWasWorked(tx, l.id)) continue;
      removeList(tx, l.id);
      removed++;
    }
  }
  return { added, removed };
}
