import { inArray } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { checklistItems } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { PrintJobStore } from '../../print/job-store';
import { getPlanRow, planDetail } from '../plans';
import { dayChecklistSheet, handoffItems, handoffSheet, planChecklistSheet } from './checklist-documents';
import { A4_PORTRAIT, fileNamePart, renderAndDeliver } from './deliver-document';
import { documentBase } from './print-plan-documents';
import { rollCall } from './roll-call';

/** Checklists on A4 for a walk-through with a clipboard: one plan's lists, or one day's open items. Audited as plan.print. */
export async function printChecklist(ctx: ServiceContext, jobs: PrintJobStore, input: Parsed<'print', 'checklist'>): Promise<Output<'print', 'checklist'>> {
  const base = documentBase(ctx, input.locale);
  const plan = input.planId ? getPlanRow(ctx.db, input.planId) : null;
  const payload = plan ? planChecklistSheet(ctx.db, plan.id, input.department, base) : dayChecklistSheet(ctx.db, input.day!, input.department, base);
  const items = payload.lists.reduce((n, l) => n + l.items.length, 0);
  const delivered = await renderAndDeliver(ctx, jobs, {
    payload,
    page: A4_PORTRAIT,
    printerId: input.printerId,
    fileBase: `checklist-${plan ? fileNamePart(plan.title) : input.day!}${input.department ? `-${input.department}` : ''}`,
  });
  return ctx.write(
    () => ({ ...delivered, items }),
    () => ({
      action: 'plan.print',
      entity: 'plan',
      entityId: plan?.id ?? null,
      detail: {
        document: 'checklist',
        title: plan?.title ?? null,
        day: input.day ?? null,
        department: input.department ?? null,
        checklistItems: items,
        locale: input.locale,
        printerId: input.printerId,
        pages: delivered.pages,
      },
    }),
  );
}

/**
 * A department's hand-off sheet for one visit (DIGEST 05). Its items are
 * marked handed off in the same write as the audit entry, once the sheet
 * exists: a failed print hands nothing off.
 */
export async function printHandoff(ctx: ServiceContext, jobs: PrintJobStore, input: Parsed<'print', 'handoff'>): Promise<Output<'print', 'handoff'>> {
  const plan = planDetail(ctx.db, input.planId);
  const { ids, items } = handoffItems(ctx.db, plan.id, input.department);
  if (ids.length === 0) throw new AppError('NOT_FOUND', 'This plan has no items for that department.', { reason: 'noHandoffItems' });
  const payload = handoffSheet(plan, input.department, items, ctx.session.operatorName, documentBase(ctx, input.locale));
  const delivered = await renderAndDeliver(ctx, jobs, {
    payload,
    page: A4_PORTRAIT,
    printerId: input.printerId,
    fileBase: `handoff-${input.department}-${fileNamePart(plan.title)}`,
  });
  return ctx.write(
    (tx) => {
      tx.update(checklistItems).set({ handedOffAt: tx.at }).where(inArray(checklistItems.id, ids)).run();
      return { ...delivered, items: ids.length };
    },
    () => ({
      action: 'checklist.handOff',
      entity: 'plan',
      entityId: plan.id,
      detail: { title: plan.title, department: input.department, checklistItems: ids.length, contact: payload.contact.name, locale: input.locale, printerId: input.printerId, pages: delivered.pages },
    }),
  );
}

/** The roll call (DIGEST 01 emergencies): everyone on site now, large, on A4. Audited as visit.rollCall. */
export async function printRollCall(ctx: ServiceContext, jobs: PrintJobStore, input: Parsed<'print', 'rollCall'>): Promise<Output<'print', 'rollCall'>> {
  const payload = rollCall(ctx.db, documentBase(ctx, input.locale));
  const delivered = await renderAndDeliver(ctx, jobs, {
    payload,
    page: A4_PORTRAIT,
    printerId: input.printerId,
    fileBase: `roll-call-${payload.printedAt.replace(/\D/g, '')}`,
  });
  return ctx.write(
    () => ({ ...delivered, people: payload.people.length }),
    () => ({
      action: 'visit.rollCall',
      entity: 'visit',
      entityId: null,
      detail: { onSite: payload.people.length, badgeNos: payload.people.map((p) => p.badgeNo), locale: input.locale, printerId: input.printerId, pages: delivered.pages },
    }),
  );
}
