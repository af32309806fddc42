import { and, asc, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { Milestone } from '../../../contract/followups';
import { clientMilestones } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, softDelete, type ReadDb } from '../../core/write-path';
import { getLiveClient } from '../clients';

/** A client's milestones by date (read by client_milestones_client). */
export function milestonesOf(db: ReadDb, clientId: string): Milestone[] {
  return db
    .select({ id: clientMilestones.id, clientId: clientMilestones.clientId, title: clientMilestones.title, date: clientMilestones.date, yearly: clientMilestones.yearly })
    .from(clientMilestones)
    .where(and(eq(clientMilestones.clientId, clientId), isNull(clientMilestones.deletedAt)))
    .orderBy(asc(clientMilestones.date), asc(clientMilestones.id))
    .all();
}

function milestoneRow(db: ReadDb, id: string) {
  const row = db.select().from(clientMilestones).where(and(eq(clientMilestones.id, id), isNull(clientMilestones.deletedAt))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such milestone.', { reason: 'milestoneNotFound' });
  return row;
}

export function listMilestones(ctx: ServiceContext, input: Parsed<'followups', 'milestones'>): Milestone[] {
  getLiveClient(ctx.db, input.clientId);
  return milestonesOf(ctx.db, input.clientId);
}

export function saveMilestone(ctx: ServiceContext, input: Parsed<'followups', 'saveMilestone'>): Milestone[] {
  return ctx.write(
    (tx) => {
      const client = getLiveClient(tx, input.clientId);
      const values = { title: input.title, date: input.date, yearly: input.yearly };
      if (input.id) {
        const before = milestoneRow(tx, input.id);
        if (before.clientId !== client.id) throw new AppError('NOT_FOUND', 'No such milestone for this client.', { reason: 'milestoneNotFound' });
        tx.update(clientMilestones).set(values).where(eq(clientMilestones.id, before.id)).run();
      } else {
        tx.insert(clientMilestones)
          .values({ id: uuidv7(), ...insertStamps(tx), clientId: client.id, ...values })
          .run();
      }
      return { client: client.name, list: milestonesOf(tx, client.id) };
    },
    (r) => ({ action: 'followup.milestone.save', entity: 'client', entityId: input.clientId, detail: { client: r.client, title: input.title, date: input.date, yearly: input.yearly } }),
  ).list;
}

export function removeMilestone(ctx: ServiceContext, input: Parsed<'followups', 'removeMilestone'>): Milestone[] {
  return ctx.write(
    (tx) => {
      const row = milestoneRow(tx, input.id);
      softDelete(tx, clientMilestones, eq(clientMilestones.id, row.id));
      return { row, list: milestonesOf(tx, row.clientId) };
    },
    (r) => ({ action: 'followup.milestone.remove', entity: 'client', entityId: r.row.clientId, detail: { title: r.row.title, date: r.row.date } }),
  ).list;
}
