import { and, eq, inArray, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { PlanDetail } from '../../../contract/plans';
import { planGuests, people } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { getPlanRow, planDetail } from './plan-detail';
import { refuseClosedPlan } from './plans';
import { insertStamps, softDelete } from '../../core/write-path';

/**
 * Replaces the guest list. Guests are directory people (one person, one
 * record); rows of guests taken off are soft-deleted and come back if re-added.
 */
export function setGuests(ctx: ServiceContext, input: Parsed<'plans', 'setGuests'>): PlanDetail {
  refuseClosedPlan(getPlanRow(ctx.db, input.planId));
  const ids = input.guests.map((g) => g.personId);
  if (new Set(ids).size !== ids.length) {
    throw new AppError('VALIDATION', 'A person is on the list twice.', undefined, [{ path: 'guests', message: 'guests.duplicate' }]);
  }
  if (ids.length > 0) {
    const found = ctx.db.select({ id: people.id }).from(people).where(and(inArray(people.id, ids), isNull(people.deletedAt))).all();
    if (found.length !== ids.length) throw new AppError('NOT_FOUND', 'A guest is not in the directory (deleted or merged).', { reason: 'guestNotFound' });
  }
  const beforeGuests = planDetail(ctx.db, input.planId).guests;
  const before = beforeGuests.map((g) => g.personId);
  return ctx.write(
    (tx) => {
      const existing = tx.select().from(planGuests).where(eq(planGuests.planId, input.planId)).all();
      for (const row of existing) {
        if (!ids.includes(row.personId) && !row.deletedAt) softDelete(tx, planGuests, eq(planGuests.id, row.id));
      }
      for (const guest of input.guests) {
        const row = existing.find((r) => r.personId === guest.personId);
        const values = { isLead: guest.isLead, needs: JSON.stringify(guest.needs), deletedAt: null };
        if (row) tx.update(planGuests).set(values).where(eq(planGuests.id, row.id)).run();
        else tx.insert(planGuests).values({ id: uuidv7(), ...insertStamps(tx), planId: input.planId, personId: guest.personId, ...values }).run();
      }
      return planDetail(tx, input.planId, ctx.now());
    },
    (detail: PlanDetail) => ({
      action: 'plan.guests',
      entity: 'plan',
      entityId: detail.id,
      // Guests by name: an id tells the reader of the log nothing.
      detail: {
        title: detail.title,
        added: detail.guests.filter((g) => !before.includes(g.personId)).map((g) => g.name),
        removed: beforeGuests.filter((g) => !ids.includes(g.personId)).map((g) => g.name),
        guests: ids.length,
      },
    }),
  );
}
