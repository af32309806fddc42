import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ChecklistKind, LocalText } from '../../../contract/checklists';
import { checklistItems, planChecklists, visitPlans } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';
import { itemIsTickable } from './plan-rules';

/** Items a tick's audit entry names by their text. */
const ITEMS_NAMED = 20;

/** The items asked for, each with its plan and list; any unknown (or removed) one refuses the whole call. */
function itemsToTick(db: ReadDb, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = db
    .select({ id: checklistItems.id, text: checklistItems.text, note: checklistItems.note, kind: planChecklists.kind, planId: visitPlans.id, planTitle: visitPlans.title, planStatus: visitPlans.status })
    .from(checklistItems)
    .innerJoin(planChecklists, eq(planChecklists.id, checklistItems.checklistId))
    .innerJoin(visitPlans, eq(visitPlans.id, checklistItems.planId))
    .where(and(inArray(checklistItems.id, unique), isNull(checklistItems.deletedAt), isNull(visitPlans.deletedAt)))
    .all();
  if (rows.length !== unique.length) throw new AppError('NOT_FOUND', 'No such checklist item.', { reason: 'itemNotFound' });
  return rows;
}

/**
 * Ticks items: done, not applicable, a problem (the contract asks a note), or
 * open again. Who and when are stamped every time, so "ever ticked" stays
 * known after an item is opened again. A closed plan's items are history,
 * except the follow-up after a completed visit.
 */
export function setStatus(ctx: ServiceContext, input: Parsed<'checklists', 'setStatus'>): Output<'checklists', 'setStatus'> {
  const rows = itemsToTick(ctx.db, input.itemIds);
  const closed = rows.find((r) => !itemIsTickable(r.planStatus, r.kind as ChecklistKind));
  if (closed) throw new AppError('CONFLICT', 'This plan is closed and its items can no longer be ticked.', { reason: 'planClosed', status: closed.planStatus });
  const note = input.note.trim();
  const plans = [...new Set(rows.map((r) => r.planTitle))];
  return ctx.write(
    (tx) => {
      for (const r of rows) {
        tx.update(checklistItems)
          .set({ status: input.status, statusById: ctx.session.operatorId, statusByName: ctx.session.operatorName, statusAt: tx.at, note: note === '' ? r.note : note })
          .where(eq(checklistItems.id, r.id))
          .run();
      }
      return { updated: rows.length };
    },
    ({ updated }) => ({
      action: 'checklist.tick',
      entity: 'plan',
      entityId: rows[0]!.planId,
      detail: {
        itemStatus: input.status,
        // The first few by name; a count only when there were more than that.
        itemTexts: rows.slice(0, ITEMS_NAMED).map((r) => (JSON.parse(r.text) as LocalText).zh),
        ...(updated > ITEMS_NAMED && { count: updated }),
        // The entry's record is the first item's plan; the others are named only when there are others.
        ...(plans.length > 1 && { planTitles: plans }),
        ...(note !== '' && { note }),
      },
    }),
  );
}
