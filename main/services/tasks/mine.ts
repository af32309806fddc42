import type { Output, Parsed } from '../../../contract';
import { tasks as taskChannels } from '../../../contract/tasks';
import type { ServiceContext } from '../../core/context';
import { collectTasks, countsOf, viewerOf } from './inbox';

const EMPTY = { overdue: 0, today: 0, open: 0 };

/** The inbox's default horizon (contract tasks.mine): the badge counts what the inbox shows when first opened. */
export const DEFAULT_HORIZON_DAYS = taskChannels.mine.input.parse({}).horizonDays;

/** tasks.mine: the signed-in user's inbox; the counts are of every task in it, not only of the page. */
export function myTasks(ctx: ServiceContext, input: Parsed<'tasks', 'mine'>): Output<'tasks', 'mine'> {
  const viewer = viewerOf(ctx);
  if (!viewer) return { tasks: [], counts: EMPTY, more: false };
  const { tasks } = collectTasks(ctx, viewer, input.horizonDays);
  return { tasks: tasks.slice(0, input.limit), counts: countsOf(tasks), more: tasks.length > input.limit };
}

/** The header's badge: the same inbox at its default horizon, counted. */
export function myCounts(ctx: ServiceContext): Output<'tasks', 'count'> {
  const viewer = viewerOf(ctx);
  if (!viewer) return EMPTY;
  return countsOf(collectTasks(ctx, viewer, DEFAULT_HORIZON_DAYS).tasks);
}
