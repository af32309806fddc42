import { and, asc, lte, ne } from 'drizzle-orm';
import { nextTier, type IncidentTier } from '../../../contract/incidents';
import { incidents, OPEN_INCIDENT_SQL } from '../../../db/schema/incidents';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { deadlineAfter } from '../../core/working-time';
import type { ReadDb } from '../../core/write-path';
import { addEvent, SYSTEM_ACTOR } from './events';
import { involve } from './people';
import { tierOwner } from './record';
import { readIncidentRules, tierRuleOf } from './rules';
import { incidentRow, isOverdue } from './rows';
import { setIncident } from './write-incident';

/** How often the desk looks for incidents past their deadline while it runs. */
export const ESCALATION_TICK_MS = 60_000;

/**
 * Open incidents past their deadline that still have a tier above them, read
 * down the partial index of open deadlines (the top tier's overdue ones stay
 * as they are: there is nobody further up).
 */
export function dueForEscalation(db: ReadDb, nowMinute: string): string[] {
  return db
    .select({ id: incidents.id })
    .from(incidents)
    .where(and(OPEN_INCIDENT_SQL, lte(incidents.deadlineAt, nowMinute), ne(incidents.tier, 'critical')))
    .orderBy(asc(incidents.deadlineAt))
    .all()
    .map((r) => r.id);
}

/**
 * Escalates every overdue incident to the next tier's owner, as the app
 * itself: each new limit starts at the deadline that was missed (not now), so
 * a desk that slept for three days ends exactly where one that stayed awake
 * would, tier after tier while each new deadline is also past. The previous
 * owners stay involved and see it. One write and audit entry per incident;
 * nothing is written when nothing is due.
 */
export function escalateDue(ctx: ServiceContext): number {
  // A sealed desk writes nothing; the next run catches up exactly (limits start from the missed deadlines).
  if (ctx.runtime.sealed) return 0;
  const nowMinute = localMinute(ctx.now());
  const due = dueForEscalation(ctx.db, nowMinute);
  for (const id of due) {
    ctx.writeAs(
      'system',
      (tx) => {
        const row = incidentRow(tx, id);
        const rules = readIncidentRules(tx);
        let tier: IncidentTier = row.tier;
        let deadline = row.deadlineAt;
        let owner = { userId: row.ownerUserId, name: row.ownerName, role: row.ownerRole };
        let involved = row.involvedIds;
        let limitFrom = row.limitFrom;
        let status = row.status;
        const steps: IncidentTier[] = [];
        for (let next = nextTier(tier); next && deadline !== null && isOverdue(deadline, nowMinute); next = nextTier(tier)) {
          const rule = tierRuleOf(rules, next);
          owner = tierOwner(tx, rule);
          // Given to a named user, it is dispatched to them (and stays so if a later tier is a queue again).
          if (owner.userId && (status === 'received' || status === 'classified')) status = 'dispatched';
          involved = involve(involved, owner.userId);
          limitFrom = deadline;
          deadline = deadlineAfter(limitFrom, rule.limit, rules.workDay);
          tier = next;
          steps.push(next);
          addEvent(tx, id, 'escalated', SYSTEM_ACTOR, next, owner.name);
        }
        setIncident(tx, id, {
          tier,
          escalations: row.escalations + steps.length,
          ownerUserId: owner.userId,
          ownerName: owner.name,
          ownerRole: owner.role,
          involvedIds: involved,
          limitFrom,
          deadlineAt: deadline,
          status,
        });
        return { code: row.code, steps, deadline, ownerName: owner.name };
      },
      (r) => ({ action: 'incident.escalate', entity: 'incident', entityId: id, detail: { code: r.code, incidentTier: r.steps.at(-1) ?? null, escalations: r.steps.length, ownerName: r.ownerName, deadlineAt: r.deadline } }),
    );
  }
  return due.length;
}

/**
 * Escalates now, as soon as the data key opens (a desk started sealed), and
 * every minute while the desk runs; the returned function stops the timer (the core's close).
 */
export function startEscalationTimer(ctx: ServiceContext, logError: (err: unknown) => void): () => void {
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    try {
      escalateDue(ctx);
    } catch (err) {
      logError(err);
    }
  };
  tick();
  ctx.runtime.opened.push(tick);
  const timer = setInterval(tick, ESCALATION_TICK_MS);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
