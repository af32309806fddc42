import type { DomainHandlers } from '../../core/handlers';
import { localDay } from '../../core/clock';
import { AppError } from '../../core/errors';
import { careDone, careReminders } from './care';
import { readCareRules, saveCareRules } from './care-rules';
import { createFollowup, updateFollowup } from './create';
import { addDays } from './days';
import { listFollowups } from './list';
import { listMilestones, removeMilestone, saveMilestone } from './milestones';
import { followupDetailOf } from './read';
import { stepAdd, stepDone, stepPostpone, stepReassign, stepSkip } from './steps';
import { listTemplates, saveTemplate } from './templates';

/** The care tab's default window: a week back (what is still to do) to a month ahead. */
const CARE_BACK_DAYS = 7;
const CARE_AHEAD_DAYS = 30;

export const followupsHandlers: DomainHandlers<'followups'> = {
  templates: (ctx, input) => listTemplates(ctx, input),
  saveTemplate: (ctx, input) => saveTemplate(ctx, input),
  list: (ctx, input) => listFollowups(ctx, input),
  get: (ctx, input) => followupDetailOf(ctx.db, input.id, ctx.now()),
  create: (ctx, input) => createFollowup(ctx, input),
  update: (ctx, input) => updateFollowup(ctx, input),
  stepDone: (ctx, input) => stepDone(ctx, input),
  stepPostpone: (ctx, input) => stepPostpone(ctx, input),
  stepSkip: (ctx, input) => stepSkip(ctx, input),
  stepAdd: (ctx, input) => stepAdd(ctx, input),
  stepReassign: (ctx, input) => stepReassign(ctx, input),
  milestones: (ctx, input) => listMilestones(ctx, input),
  saveMilestone: (ctx, input) => saveMilestone(ctx, input),
  removeMilestone: (ctx, input) => removeMilestone(ctx, input),
  care: (ctx, input) => {
    const today = localDay(ctx.now());
    const from = input.from ?? addDays(today, -CARE_BACK_DAYS);
    const to = input.to ?? addDays(today, CARE_AHEAD_DAYS);
    if (from > to) throw new AppError('VALIDATION', 'The range runs backwards.', { reason: 'rangeReversed' }, [{ path: 'to', message: 'date.rangeReversed' }]);
    return careReminders(ctx, { from, to, ...(input.mine && { ownerUserId: ctx.session.operatorId }) });
  },
  careDone: (ctx, input) => careDone(ctx, input),
  careRules: (ctx) => readCareRules(ctx.db),
  saveCareRules: (ctx, input) => saveCareRules(ctx, input),
};
