import { eq } from 'drizzle-orm';
import type { IncidentDetail } from '../../../contract/incidents';
import type { Parsed } from '../../../contract';
import { incidentCallbacks } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { addEvent } from './events';
import { callBackRow } from './rows';
import { changeIncident } from './write-incident';

/**
 * One call-back attempt: reached (with the visitor's score) closes it; not
 * reached keeps it open and counts the attempt; giving up closes it as unreachable.
 */
export function logCallBack(ctx: ServiceContext, input: Parsed<'incidents', 'logCallBack'>): IncidentDetail {
  const callBack = callBackRow(ctx.db, input.callBackId);
  return changeIncident(ctx, callBack.incidentId, 'callBack', ({ tx, actor }) => {
    const current = callBackRow(tx, input.callBackId);
    if (current.status !== 'open') throw new AppError('CONFLICT', 'This call-back is already closed.', { reason: 'callBackClosed', status: current.status });
    const outcome = input.reached ? 'reached' : input.giveUp ? 'unreachable' : 'notReached';
    const closes = outcome !== 'notReached';
    tx.update(incidentCallbacks)
      .set({
        attempts: current.attempts + 1,
        comment: input.comment,
        ...(outcome === 'reached' && { status: 'reached' as const, score: input.score }),
        ...(outcome === 'unreachable' && { status: 'unreachable' as const }),
        ...(closes && { doneAt: tx.at, doneByName: actor.name }),
      })
      .where(eq(incidentCallbacks.id, current.id))
      .run();
    addEvent(tx, current.incidentId, 'callBack', actor, outcome, input.comment);
    return { callBackOutcome: outcome, score: input.reached ? input.score : null, note: input.comment, attempts: current.attempts + 1 };
  });
}
