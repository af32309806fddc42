import type { DomainHandlers } from '../../core/handlers';
import { myCounts, myTasks } from './mine';
import { takeReminders } from './reminders';
import { activeStaff } from './staff';
import { teamTasks } from './team';

export const tasksHandlers: DomainHandlers<'tasks'> = {
  mine: (ctx, input) => myTasks(ctx, input),
  count: (ctx) => myCounts(ctx),
  team: (ctx, input) => teamTasks(ctx, input),
  reminders: (ctx) => takeReminders(ctx, ''),
  staff: (ctx) => activeStaff(ctx.db),
};
