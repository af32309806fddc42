import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import type { EmergencyPlan } from '../../../contract/quality';
import { emergencyPlans, visitPlans } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb } from '../../core/write-path';
import { permissionsOf } from '../../security/roles';

type Row = typeof emergencyPlans.$inferSelect;

const EMPTY: EmergencyPlan = { contacts: [], assemblyPoint: '', spareRoom: '', spareVehicle: '', procedures: '', updatedAt: null, updatedByName: '' };

/** The row of one scope (the site's: plan_id NULL), found through emergency_plans_scope by the very expression it indexes. */
function rowOf(db: ReadDb, planId: string | null): Row | undefined {
  return db
    .select()
    .from(emergencyPlans)
    .where(sql`coalesce(${emergencyPlans.planId}, '') = ${planId ?? ''} AND ${emergencyPlans.deletedAt} IS NULL`)
    .get();
}

function view(row: Row | undefined): EmergencyPlan {
  if (!row) return EMPTY;
  return {
    contacts: JSON.parse(row.contacts) as EmergencyPlan['contacts'],
    assemblyPoint: row.assemblyPoint,
    spareRoom: row.spareRoom,
    spareVehicle: row.spareVehicle,
    procedures: row.procedures,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
  };
}

function planTitle(db: ReadDb, planId: string): string {
  const plan = db.select({ title: visitPlans.title, deletedAt: visitPlans.deletedAt }).from(visitPlans).where(eq(visitPlans.id, planId)).get();
  if (!plan || plan.deletedAt) throw new AppError('NOT_FOUND', 'No such visit plan.');
  return plan.title;
}

/** The site's emergency plan (DIGEST 01): what the roll call names as the assembly point. */
export function siteEmergencyPlan(db: ReadDb): EmergencyPlan {
  return view(rowOf(db, null));
}

/** A visit's own plan, or the site's (marked inherited) while the visit has none. */
export function emergencyPlanFor(db: ReadDb, planId: string | null): Output<'quality', 'emergencyPlan'> {
  if (planId === null) return { ...siteEmergencyPlan(db), inherited: false };
  planTitle(db, planId);
  const own = rowOf(db, planId);
  return own ? { ...view(own), inherited: false } : { ...siteEmergencyPlan(db), inherited: true };
}

/**
 * Saves the site's plan (needs checklists.manage: it stands for every visit)
 * or a visit's own (plans.manage, the channel's permission).
 */
export function saveEmergencyPlan(ctx: ServiceContext, input: Parsed<'quality', 'saveEmergencyPlan'>): Output<'quality', 'saveEmergencyPlan'> {
  if (input.planId === null && !permissionsOf(ctx.session).has('checklists.manage')) {
    throw new AppError('FORBIDDEN', "Only a manager keeps the site's emergency plan.");
  }
  const title = input.planId === null ? null : planTitle(ctx.db, input.planId);
  const values = {
    contacts: JSON.stringify(input.plan.contacts),
    assemblyPoint: input.plan.assemblyPoint,
    spareRoom: input.plan.spareRoom,
    spareVehicle: input.plan.spareVehicle,
    procedures: input.plan.procedures,
    updatedByName: ctx.session.operatorName,
  };
  return ctx.write(
    (tx) => {
      const existing = rowOf(tx, input.planId);
      if (existing) tx.update(emergencyPlans).set(values).where(eq(emergencyPlans.id, existing.id)).run();
      else tx.insert(emergencyPlans).values({ id: uuidv7(), ...insertStamps(tx), planId: input.planId, ...values }).run();
      return { ...view(rowOf(tx, input.planId)), inherited: false };
    },
    () => ({
      action: 'emergency.plan',
      entity: input.planId === null ? 'site' : 'plan',
      entityId: input.planId,
      detail: {
        planTitle: title,
        assemblyPoint: input.plan.assemblyPoint,
        spareRoom: input.plan.spareRoom,
        spareVehicle: input.plan.spareVehicle,
        contacts: input.plan.contacts.map((c) => c.name),
      },
    }),
  );
}
