import { and, desc, eq, gte, isNull, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import type { Drill } from '../../../contract/quality';
import { daySpan } from '../../../contract/time-spans';
import { emergencyDrills } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb } from '../../core/write-path';

type Row = typeof emergencyDrills.$inferSelect;

function view(row: Row): Drill {
  return {
    id: row.id,
    heldAt: row.heldAt,
    scenario: row.scenario,
    title: row.title,
    participants: JSON.parse(row.participants) as string[],
    findings: row.findings,
    actions: row.actions,
    recordedByName: row.recordedByName,
  };
}

/** The drill log in a day range, newest first (emergency_drills_at). */
export function listDrills(db: ReadDb, input: Parsed<'quality', 'drills'>): Drill[] {
  return db
    .select()
    .from(emergencyDrills)
    .where(
      and(
        isNull(emergencyDrills.deletedAt),
        input.from ? gte(emergencyDrills.heldAt, daySpan(input.from).startsAt) : undefined,
        input.to ? lt(emergencyDrills.heldAt, daySpan(input.to).endsAt) : undefined,
      ),
    )
    .orderBy(desc(emergencyDrills.heldAt), desc(emergencyDrills.id))
    .all()
    .map(view);
}

/** Logs a drill, or corrects one already logged (who recorded it first stays). */
export function saveDrill(ctx: ServiceContext, input: Parsed<'quality', 'saveDrill'>): Output<'quality', 'saveDrill'> {
  const values = {
    heldAt: input.heldAt,
    scenario: input.scenario,
    title: input.title,
    participants: JSON.stringify(input.participants),
    findings: input.findings,
    actions: input.actions,
  };
  return ctx.write(
    (tx) => {
      let id = input.id;
      if (id) {
        const existing = tx.select({ deletedAt: emergencyDrills.deletedAt }).from(emergencyDrills).where(eq(emergencyDrills.id, id)).get();
        if (!existing || existing.deletedAt) throw new AppError('NOT_FOUND', 'No such drill.');
        tx.update(emergencyDrills).set(values).where(eq(emergencyDrills.id, id)).run();
      } else {
        id = uuidv7();
        tx.insert(emergencyDrills)
          .values({ id, ...insertStamps(tx), ...values, recordedById: ctx.session.operatorId, recordedByName: ctx.session.operatorName })
          .run();
      }
      return view(tx.select().from(emergencyDrills).where(eq(emergencyDrills.id, id)).get()!);
    },
    (drill) => ({
      action: 'drill.save',
      entity: 'drill',
      entityId: drill.id,
      detail: { corrected: input.id !== undefined, heldAt: drill.heldAt, scenario: drill.scenario, title: drill.title, participants: drill.participants.length },
    }),
  );
}
