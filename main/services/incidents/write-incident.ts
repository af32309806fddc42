import { eq } from 'drizzle-orm';
import { INCIDENT_MOVES, type IncidentDetail, type IncidentStatus } from '../../../contract/incidents';
import { incidents } from '../../../db/schema';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { WriteTx } from '../../core/write-path';
import { actorOf, type Actor } from './events';
import { escalateDue } from './escalation';
import { incidentDetailOf, incidentRow, type IncidentRow } from './rows';

export interface Step {
  tx: WriteTx;
  row: IncidentRow;
  actor: Actor;
  /** The desk's local minute of this write. */
  nowMinute: string;
}

/** A move the loop does not allow from where the incident stands (INCIDENT_MOVES). */
export function refuseMove(from: IncidentStatus, to: IncidentStatus): void {
  if (!INCIDENT_MOVES[from].includes(to)) {
    throw new AppError('CONFLICT', `An incident cannot go from ${from} to ${to}.`, { reason: 'incidentStatus', from, to });
  }
}

export function setIncident(tx: WriteTx, id: string, values: Partial<typeof incidents.$inferInsert>): void {
  tx.update(incidents).set(values).where(eq(incidents.id, id)).run();
}

/**
 * One change to one incident: overdue ones escalate first (so the change
 * starts from where the incident really stands), then `work` in one write with
 * its audit entry (`incident.<action>`, the incident's code beside `detail`).
 */
export function changeIncident(ctx: ServiceContext, id: string, action: string, work: (step: Step) => Record<string, unknown>): IncidentDetail {
  escalateDue(ctx);
  return ctx.write(
    (tx) => {
      const row = incidentRow(tx, id);
      const nowMinute = localMinute(ctx.now());
      const detail = work({ tx, row, actor: actorOf(ctx), nowMinute });
      return { incident: incidentDetailOf(tx, id, ctx.session, nowMinute), detail };
    },
    ({ incident, detail }) => ({ action: `incident.${action}`, entity: 'incident', entityId: incident.id, detail: { code: incident.code, ...detail } }),
  ).incident;
}
