import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ClientTier } from '../../../contract/clients';
import { clients, planTeam, visitPlans } from '../../../db/schema';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';

/*
 * What checklists need of a plan, read from its tables directly: the plans
 * service calls this domain, so this domain must not call it back (no cycle).
 */

export type PlanFacts = typeof visitPlans.$inferSelect & { clientTier: ClientTier | null };

export function planFacts(db: ReadDb, planId: string): PlanFacts {
  const plan = db.select().from(visitPlans).where(eq(visitPlans.id, planId)).get();
  if (!plan || plan.deletedAt) throw new AppError('NOT_FOUND', 'No such visit plan.');
  const client = plan.clientId ? db.select({ tier: clients.tier }).from(clients).where(eq(clients.id, plan.clientId)).get() : undefined;
  return { ...plan, clientTier: client?.tier ?? null };
}

/** The first person named in each role on the plan's team (its primary, "A"). */
export function primaryByRole(db: ReadDb, planId: string): Map<string, string> {
  const rows = db
    .select({ role: planTeam.role, name: planTeam.primaryName })
    .from(planTeam)
    .where(and(eq(planTeam.planId, planId), isNull(planTeam.deletedAt)))
    .orderBy(asc(planTeam.createdAt), asc(planTeam.id))
    .all();
  const byRole = new Map<string, string>();
  for (const r of rows) if (!byRole.has(r.role) && r.name.trim() !== '') byRole.set(r.role, r.name);
  return byRole;
}
