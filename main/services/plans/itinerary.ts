import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { PlanDetail } from '../../../contract/plans';
import { itineraryItems } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { getPlanRow, planDetail } from './plan-detail';
import { refuseClosedPlan } from './plans';
import { insertStamps, softDelete } from '../../core/write-path';

/**
 * Replaces the itinerary. Items sent with an id are updated, new ones added,
 * the rest soft-deleted. Overlaps are saved and warned about, not refused:
 * two activities at once can be intended (a split group).
 */
export function saveItinerary(ctx: ServiceContext, input: Parsed<'plans', 'saveItinerary'>): PlanDetail {
  refuseClosedPlan(getPlanRow(ctx.db, input.planId));
  return ctx.write(
    (tx) => {
      const existing = tx.select().from(itineraryItems).where(eq(itineraryItems.planId, input.planId)).all();
      const keep = new Set(input.items.map((i) => i.id).filter(Boolean));
      for (const item of input.items) {
        if (item.id && !existing.some((e) => e.id === item.id)) {
          throw new AppError('NOT_FOUND', 'An itinerary item belongs to another plan.', { reason: 'itemNotFound' });
        }
      }
      for (const row of existing) {
        if (!keep.has(row.id) && !row.deletedAt) softDelete(tx, itineraryItems, eq(itineraryItems.id, row.id));
      }
      for (const { id, ...fields } of input.items) {
        const values = { ...fields, deletedAt: null };
        if (id) tx.update(itineraryItems).set(values).where(eq(itineraryItems.id, id)).run();
        else tx.insert(itineraryItems).values({ id: uuidv7(), ...insertStamps(tx), planId: input.planId, ...values }).run();
      }
      return planDetail(tx, input.planId, ctx.now());
    },
    (detail: PlanDetail) => ({
      action: 'plan.itinerary',
      entity: 'plan',
      entityId: detail.id,
      detail: { title: detail.title, items: detail.itinerary.length, warnings: detail.warnings },
    }),
  );
}
