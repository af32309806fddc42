import { eq } from 'drizzle-orm';
import { DEFAULT_INCIDENT_RULES, incidentRules, type IncidentRules, type IncidentTier, type TierRule } from '../../../contract/incidents';
import { settings, users } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { parseStored, upsertSetting } from '../settings';
import { AppError } from '../../core/errors';
import { activeUser } from './people';

/** The settings row holding each tier's owner and time limit, the working day and the call-back hours. */
export const INCIDENT_RULES_KEY = 'incidentRules';

/** The stored rules, or the defaults when the row is missing or does not read (start-up never leaves the desk without rules). */
export function readIncidentRules(db: ReadDb): IncidentRules {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, INCIDENT_RULES_KEY)).get();
  if (!row) return DEFAULT_INCIDENT_RULES;
  const parsed = incidentRules.safeParse(parseStored(row.value));
  return parsed.success ? parsed.data : DEFAULT_INCIDENT_RULES;
}

export function tierRuleOf(rules: IncidentRules, tier: IncidentTier): TierRule {
  return rules.tiers.find((t) => t.tier === tier)!;
}

/** How the rules read in the audit log: per tier its limit and who owns it (a user by name, not by id). */
function auditView(db: ReadDb, rules: IncidentRules) {
  const nameOf = (id: string | null) => (id ? (db.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? '') : '');
  return {
    tiers: rules.tiers.map((t) => ({ incidentTier: t.tier, limitAmount: t.limit.amount, limitUnit: t.limit.unit, ownerRole: t.ownerRole, ownerName: nameOf(t.ownerUserId) })),
    workDay: `${rules.workDay.start}–${rules.workDay.end}`,
    callBackHours: rules.callBackHours,
  };
}

export function saveIncidentRules(ctx: ServiceContext, input: IncidentRules): IncidentRules {
  // A named owner must be someone who can take the work today.
  input.tiers.forEach((t, i) => {
    if (t.ownerUserId && !activeUser(ctx.db, t.ownerUserId)) {
      throw new AppError('VALIDATION', 'The owner is not an active user.', undefined, [{ path: `tiers.${i}.ownerUserId`, message: 'user.inactive' }]);
    }
  });
  const before = auditView(ctx.db, readIncidentRules(ctx.db));
  return ctx.write(
    (tx) => {
      upsertSetting(tx, INCIDENT_RULES_KEY, JSON.stringify(input));
      return readIncidentRules(tx);
    },
    (after) => ({ action: 'incident.rules', entity: 'settings', entityId: INCIDENT_RULES_KEY, detail: { before, after: auditView(ctx.db, after) } }),
  );
}
