import { and, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { isOpenIncident, type IncidentDetail } from '../../../contract/incidents';
import type { Parsed } from '../../../contract';
import { incidentCallbacks } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { deadlineAfter } from '../../core/working-time';
import { insertStamps, softDelete } from '../../core/write-path';
import { addEvent } from './events';
import { activeUser, involve } from './people';
import { deadlineOf } from './record';
import { readIncidentRules } from './rules';
import { isOverdue } from './rows';
import { changeIncident, refuseMove, setIncident } from './write-incident';

/** Category and tier; the deadline is counted again from when the current limit started. A received incident becomes classified. */
export function classifyIncident(ctx: ServiceContext, input: Parsed<'incidents', 'classify'>): IncidentDetail {
  return changeIncident(ctx, input.id, 'classify', ({ tx, row, actor }) => {
    // While it is open it may be classified again (the tier was misjudged); after resolution it may not.
    if (!isOpenIncident(row.status)) refuseMove(row.status, 'classified');
    const deadlineAt = deadlineOf(readIncidentRules(tx), input.tier, row.limitFrom);
    setIncident(tx, row.id, { category: input.category, tier: input.tier, deadlineAt, ...(row.status === 'received' && { status: 'classified' }) });
    addEvent(tx, row.id, 'classified', actor, `${input.category}/${input.tier}`, input.note);
    return { incidentCategory: input.category, incidentTier: input.tier, deadlineAt, note: input.note };
  });
}

/** Gives it to a person (the deadline stays); an earlier status becomes dispatched. */
export function dispatchIncident(ctx: ServiceContext, input: Parsed<'incidents', 'dispatch'>): IncidentDetail {
  return changeIncident(ctx, input.id, 'dispatch', ({ tx, row, actor }) => {
    if (row.status !== 'dispatched') refuseMove(row.status, 'dispatched');
    const user = activeUser(tx, input.ownerUserId);
    if (!user) throw new AppError('VALIDATION', 'The owner is not an active user.', undefined, [{ path: 'ownerUserId', message: 'user.inactive' }]);
    setIncident(tx, row.id, { status: 'dispatched', ownerUserId: user.id, ownerName: user.name, involvedIds: involve(row.involvedIds, actor.id, user.id) });
    if (row.status !== 'dispatched') addEvent(tx, row.id, 'status', actor, 'dispatched');
    addEvent(tx, row.id, 'assigned', actor, user.name, input.note);
    return { ownerName: user.name, note: input.note };
  });
}

/**
 * Resolved with what was done and why it happened: the deadline stops (whether
 * it was met is kept), and the call-back is due within the rules' hours, for
 * the owner, or whoever resolved it from a queue.
 */
export function resolveIncident(ctx: ServiceContext, input: Parsed<'incidents', 'resolve'>): IncidentDetail {
  return changeIncident(ctx, input.id, 'resolve', ({ tx, row, actor, nowMinute }) => {
    refuseMove(row.status, 'resolved');
    const rules = readIncidentRules(tx);
    const late = isOverdue(row.deadlineAt, nowMinute);
    setIncident(tx, row.id, {
      status: 'resolved',
      resolution: input.resolution,
      rootCause: input.rootCause,
      rootCauseNote: input.rootCauseNote,
      resolvedAt: nowMinute,
      resolvedLate: late,
      deadlineAt: null,
      involvedIds: involve(row.involvedIds, actor.id),
    });
    const owner = row.ownerUserId ? { id: row.ownerUserId, name: row.ownerName } : actor.id === 'system' ? { id: null, name: actor.name } : actor;
    const dueAt = deadlineAfter(nowMinute, { amount: rules.callBackHours, unit: 'hours' }, rules.workDay);
    tx.insert(incidentCallbacks).values({ id: uuidv7(), ...insertStamps(tx), incidentId: row.id, ownerUserId: owner.id, ownerName: owner.name, dueAt }).run();
    addEvent(tx, row.id, 'status', actor, 'resolved', input.resolution);
    return { resolution: input.resolution, rootCause: input.rootCause, rootCauseNote: input.rootCauseNote, resolvedLate: late, callBackDue: dueAt };
  });
}

/**
 * A manager's review: accepted, or reopened (back to dispatched, a new limit
 * from now, the open call-back withdrawn: it belonged to a resolution that did not hold).
 */
export function reviewIncident(ctx: ServiceContext, input: Parsed<'incidents', 'review'>): IncidentDetail {
  return changeIncident(ctx, input.id, 'review', ({ tx, row, actor, nowMinute }) => {
    if (input.outcome === 'accept') {
      refuseMove(row.status, 'reviewed');
      setIncident(tx, row.id, { status: 'reviewed', reviewNote: input.note, involvedIds: involve(row.involvedIds, actor.id) });
      addEvent(tx, row.id, 'status', actor, 'reviewed', input.note);
      return { reviewOutcome: input.outcome, note: input.note };
    }
    refuseMove(row.status, 'dispatched');
    const deadlineAt = deadlineOf(readIncidentRules(tx), row.tier, nowMinute);
    setIncident(tx, row.id, { status: 'dispatched', reviewNote: input.note, limitFrom: nowMinute, deadlineAt, resolvedAt: null, resolvedLate: false, involvedIds: involve(row.involvedIds, actor.id) });
    softDelete(tx, incidentCallbacks, and(eq(incidentCallbacks.incidentId, row.id), eq(incidentCallbacks.status, 'open'), isNull(incidentCallbacks.deletedAt)));
    addEvent(tx, row.id, 'status', actor, 'dispatched', input.note);
    return { reviewOutcome: input.outcome, note: input.note, deadlineAt };
  });
}

export function archiveIncident(ctx: ServiceContext, input: Parsed<'incidents', 'archive'>): IncidentDetail {
  return changeIncident(ctx, input.id, 'archive', ({ tx, row, actor }) => {
    refuseMove(row.status, 'archived');
    setIncident(tx, row.id, { status: 'archived' });
    addEvent(tx, row.id, 'status', actor, 'archived');
    return {};
  });
}

/** A note on the timeline; whoever writes one is involved from then on. */
export function addIncidentNote(ctx: ServiceContext, input: Parsed<'incidents', 'addNote'>): IncidentDetail {
  return changeIncident(ctx, input.id, 'note', ({ tx, row, actor }) => {
    setIncident(tx, row.id, { involvedIds: involve(row.involvedIds, actor.id) });
    addEvent(tx, row.id, 'note', actor, '', input.text);
    return { note: input.text };
  });
}

/** "Kept informed": a contact with the visitor, by channel. */
export function logIncidentContact(ctx: ServiceContext, input: Parsed<'incidents', 'logContact'>): IncidentDetail {
  return changeIncident(ctx, input.id, 'contact', ({ tx, row, actor }) => {
    setIncident(tx, row.id, { involvedIds: involve(row.involvedIds, actor.id) });
    addEvent(tx, row.id, 'contact', actor, input.channel, input.text);
    return { contactChannel: input.channel, note: input.text };
  });
}
