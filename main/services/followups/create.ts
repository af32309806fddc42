import { and, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import { isRealDate } from '../../../contract/fields';
import type { FollowupDetail, FollowupTemplate } from '../../../contract/followups';
import { followupPlans, followupSteps, visitPlans } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps } from '../../core/write-path';
import { getLiveClient } from '../clients';
import { readSettings } from '../settings';
import { addDays } from './days';
import { followupDetailOf } from './read';
import { templateOf, templateRow } from './templates';
import { activeUser, addEvent, followupRow, settleStatus } from './write-helpers';

/**
 * Starts a sequence from a template: each step due `offsetDays` after the start
 * day, owned by the given user, else the client's account manager, else the
 * creator. Titles are taken in the site's language (the sequence is a record).
 */
export function createFollowup(ctx: ServiceContext, input: Parsed<'followups', 'create'>): FollowupDetail {
  const result = ctx.write(
    (tx) => {
      const client = getLiveClient(tx, input.clientId);
      const template: FollowupTemplate = templateOf(templateRow(tx, input.templateId));
      if (input.planId) {
        const plan = tx.select({ id: visitPlans.id }).from(visitPlans).where(and(eq(visitPlans.id, input.planId), isNull(visitPlans.deletedAt))).get();
        if (!plan) throw new AppError('NOT_FOUND', 'No such visit plan.', { reason: 'planNotFound' }, [{ path: 'planId', message: 'followup.planNotFound' }]);
      }
      const owner = activeUser(tx, input.ownerUserId ?? client.accountManagerUserId ?? ctx.session.operatorId, 'ownerUserId');
      const lang = readSettings(tx).locale === 'en' ? 'en' : 'zh';
      const start = input.startDay ?? localDay(ctx.now());
      if (template.steps.some((s) => !isRealDate(addDays(start, s.offsetDays)))) {
        throw new AppError('VALIDATION', 'The steps would fall past the calendar.', { reason: 'startDay' }, [{ path: 'startDay', message: 'date.notReal' }]);
      }
      const id = uuidv7();
      tx.insert(followupPlans)
        .values({
          id,
          ...insertStamps(tx),
          clientId: client.id,
          templateId: template.id,
          planId: input.planId,
          title: input.title ?? template.name[lang],
          status: 'active',
          urgency: input.urgency,
          ownerUserId: owner.id,
          ownerName: owner.name,
          notes: input.notes,
        })
        .run();
      template.steps.forEach((s, i) => {
        tx.insert(followupSteps)
          .values({ id: uuidv7(), ...insertStamps(tx), followupId: id, seq: i + 1, title: s.title[lang], ownerUserId: owner.id, ownerName: owner.name, dueDay: addDays(start, s.offsetDays) })
          .run();
      });
      addEvent(tx, id, ctx.session.operatorName, 'created', '', template.name[lang]);
      return { id, client: client.name, template: template.name.zh, owner: owner.name, start };
    },
    (r) => ({ action: 'followup.create', entity: 'followup', entityId: r.id, detail: { client: r.client, followupTemplate: r.template, owner: r.owner, startDay: r.start } }),
  );
  return followupDetailOf(ctx.db, result.id, ctx.now());
}

/**
 * Edits a sequence. A new owner takes over the open steps the previous owner
 * held; cancelling keeps the steps as they are (off every inbox).
 */
export function updateFollowup(ctx: ServiceContext, input: Parsed<'followups', 'update'>): FollowupDetail {
  ctx.write(
    (tx) => {
      const before = followupRow(tx, input.id);
      const owner = input.ownerUserId !== undefined && input.ownerUserId !== before.ownerUserId ? activeUser(tx, input.ownerUserId, 'ownerUserId') : null;
      tx.update(followupPlans)
        .set({
          title: input.title ?? before.title,
          urgency: input.urgency ?? before.urgency,
          notes: input.notes ?? before.notes,
          ...(owner && { ownerUserId: owner.id, ownerName: owner.name }),
          ...(input.status === 'cancelled' && { status: 'cancelled' as const }),
          ...(input.status === 'active' && before.status === 'cancelled' && { status: 'active' as const }),
        })
        .where(eq(followupPlans.id, before.id))
        .run();
      if (owner) {
        const held = before.ownerUserId === null ? isNull(followupSteps.ownerUserId) : eq(followupSteps.ownerUserId, before.ownerUserId);
        tx.update(followupSteps)
          .set({ ownerUserId: owner.id, ownerName: owner.name })
          .where(and(eq(followupSteps.followupId, before.id), eq(followupSteps.status, 'open'), held))
          .run();
        addEvent(tx, before.id, ctx.session.operatorName, 'reassigned', '', `${before.ownerName} → ${owner.name}`);
      }
      if (input.status === 'cancelled' && before.status !== 'cancelled') addEvent(tx, before.id, ctx.session.operatorName, 'cancelled', '', '');
      // Taken up again: active while a step is open, done otherwise.
      if (input.status === 'active' && before.status === 'cancelled') settleStatus(tx, before.id, ctx.session.operatorName);
      const after = followupRow(tx, before.id);
      // Audited under keys of their own: `status` and `owner` read differently elsewhere in the log.
      const fields = { title: 'title', urgency: 'urgency', notes: 'notes', ownerName: 'owner', status: 'followupStatus' } as const;
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((f) => before[f] !== after[f]);
      const side = (row: typeof before) => Object.fromEntries(changed.map((f) => [fields[f], row[f]]));
      return { id: before.id, before: side(before), after: side(after) };
    },
    (r) => ({ action: 'followup.update', entity: 'followup', entityId: r.id, detail: { before: r.before, after: r.after } }),
  );
  return followupDetailOf(ctx.db, input.id, ctx.now());
}
