import { and, eq, isNull, max } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import { dueTime, type LocalText, type PlanChecklists } from '../../../contract/checklists';
import { isClosedPlan } from '../../../contract/plans';
import { checklistItems, planChecklists } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, softDelete, type ReadDb, type WriteTx } from '../../core/write-path';
import { planChecklistsOf } from './for-plan';
import { copyTemplate } from './instantiate';
import { planFacts, primaryByRole, type PlanFacts } from './plan-facts';
import { templateOf, templateRow } from './templates';

/** An open plan, or CONFLICT: a closed plan's lists are history. */
export function openPlan(db: ReadDb, planId: string): PlanFacts {
  const plan = planFacts(db, planId);
  if (isClosedPlan(plan.status)) throw new AppError('CONFLICT', 'This plan is closed and can no longer be changed.', { reason: 'planClosed', status: plan.status });
  return plan;
}

function listRow(db: ReadDb, id: string) {
  const row = db.select().from(planChecklists).where(eq(planChecklists.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such checklist.', { reason: 'checklistNotFound' });
  return row;
}

function itemRow(db: ReadDb, id: string) {
  const row = db.select().from(checklistItems).where(eq(checklistItems.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such checklist item.', { reason: 'itemNotFound' });
  return row;
}

/** One edit of a plan's lists, with its audit entry; the answer is the plan's lists as they now are. */
function editPlan(ctx: ServiceContext, planId: string, action: string, work: (tx: WriteTx) => Record<string, unknown>): PlanChecklists {
  const plan = openPlan(ctx.db, planId);
  let detail: Record<string, unknown> = {};
  return ctx.write(
    (tx) => {
      detail = work(tx);
      return planChecklistsOf(tx, planId, ctx.now());
    },
    () => ({ action, entity: 'plan', entityId: planId, detail: { title: plan.title, ...detail } }),
  );
}

/** The person for an item: a name set by hand, or the team's primary in its role. */
function assignee(tx: WriteTx, planId: string, role: string | null, name: string): { assigneeName: string; assigneeSet: boolean } {
  if (name.trim() !== '') return { assigneeName: name.trim(), assigneeSet: true };
  return { assigneeName: role ? (primaryByRole(tx, planId).get(role) ?? '') : '', assigneeSet: false };
}

export function addFromTemplate(ctx: ServiceContext, input: Parsed<'checklists', 'addFromTemplate'>): PlanChecklists {
  const template = templateOf(templateRow(ctx.db, input.templateId));
  if (template.kind === 'inspection') throw new AppError('CONFLICT', 'Inspection templates are filled in by an inspector, not copied onto a plan.', { reason: 'inspectionTemplate' });
  return editPlan(ctx, input.planId, 'checklist.addFromTemplate', (tx) => {
    copyTemplate(tx, planFacts(tx, input.planId), template);
    return { templateName: template.name.zh };
  });
}

export function addItem(ctx: ServiceContext, input: Parsed<'checklists', 'addItem'>): PlanChecklists {
  const list = listRow(ctx.db, input.checklistId);
  return editPlan(ctx, list.planId, 'checklist.item.add', (tx) => {
    const plan = planFacts(tx, list.planId);
    const last = tx.select({ n: max(checklistItems.position) }).from(checklistItems).where(eq(checklistItems.checklistId, list.id)).get()?.n ?? -1;
    tx.insert(checklistItems)
      .values({
        id: uuidv7(),
        ...insertStamps(tx),
        checklistId: list.id,
        planId: list.planId,
        templateItemId: null,
        section: JSON.stringify(input.section),
        text: JSON.stringify(input.text),
        position: last + 1,
        required: input.required,
        department: input.department,
        role: input.role,
        ...assignee(tx, list.planId, input.role, input.assigneeName),
        dueAnchor: input.due.anchor,
        dueOffsetMinutes: input.due.offsetMinutes,
        dueAt: dueTime(input.due, plan.arrivalAt, plan.departureAt),
      })
      .run();
    return { listName: (JSON.parse(list.name) as LocalText).zh, itemText: input.text.zh };
  });
}

export function updateItem(ctx: ServiceContext, input: Parsed<'checklists', 'updateItem'>): PlanChecklists {
  const before = itemRow(ctx.db, input.id);
  return editPlan(ctx, before.planId, 'checklist.item.update', (tx) => {
    const plan = planFacts(tx, before.planId);
    const role = input.role === undefined ? before.role : input.role;
    const due = input.due ?? { anchor: before.dueAnchor, offsetMinutes: before.dueOffsetMinutes };
    // A name given by hand is kept; '' gives the item back to its role's team member, as does a changed role.
    const person =
      input.assigneeName !== undefined
        ? assignee(tx, before.planId, role, input.assigneeName)
        : before.assigneeSet
          ? { assigneeName: before.assigneeName, assigneeSet: true }
          : assignee(tx, before.planId, role, '');
    tx.update(checklistItems)
      .set({
        ...(input.text && { text: JSON.stringify(input.text) }),
        ...(input.required !== undefined && { required: input.required }),
        ...(input.department && { department: input.department }),
        role,
        dueAnchor: due.anchor,
        dueOffsetMinutes: due.offsetMinutes,
        dueAt: dueTime(due, plan.arrivalAt, plan.departureAt),
        ...person,
      })
      .where(eq(checklistItems.id, before.id))
      .run();
    return { itemText: (input.text ?? (JSON.parse(before.text) as LocalText)).zh, changed: Object.keys(input).filter((k) => k !== 'id') };
  });
}

export function removeItem(ctx: ServiceContext, input: Parsed<'checklists', 'removeItem'>): PlanChecklists {
  const before = itemRow(ctx.db, input.id);
  return editPlan(ctx, before.planId, 'checklist.item.remove', (tx) => {
    softDelete(tx, checklistItems, eq(checklistItems.id, before.id));
    // A list left with no item goes with it.
    const left = tx.select({ id: checklistItems.id }).from(checklistItems).where(and(eq(checklistItems.checklistId, before.checklistId), isNull(checklistItems.deletedAt))).limit(1).get();
    if (!left) softDelete(tx, planChecklists, eq(planChecklists.id, before.checklistId));
    return { itemText: (JSON.parse(before.text) as LocalText).zh, itemStatus: before.status };
  });
}

export { editPlan };
