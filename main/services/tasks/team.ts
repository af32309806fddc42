import type { Output, Parsed } from '../../../contract';
import type { Task } from '../../../contract/tasks';
import type { ServiceContext } from '../../core/context';
import { collectTasks, countsOf } from './inbox';
import { activeStaff } from './staff';

type Person = Output<'tasks', 'team'>['people'][number];

/**
 * Checklist items name their assignee, not a user: an item whose name is an
 * active user's is that user's task; any other name stays a row of its own.
 */
function withOwners(tasks: Task[], userByName: Map<string, string>): Task[] {
  return tasks.map((t) => (t.ownerUserId === null && t.kind === 'checklistItem' && userByName.has(t.ownerName) ? { ...t, ownerUserId: userByName.get(t.ownerName)! } : t));
}

/**
 * tasks.team: everyone's open tasks, each under its owner once (a queue's
 * incidents under their role, named by it, userId null); the people with
 * their counts, every active user listed even with nothing to do, most
 * overdue first. `ownerUserId` narrows the tasks to one person's.
 */
export function teamTasks(ctx: ServiceContext, input: Parsed<'tasks', 'team'>): Output<'tasks', 'team'> {
  const staff = activeStaff(ctx.db);
  const nameOf = new Map(staff.map((s) => [s.id, s.name]));
  const userByName = new Map(staff.map((s) => [s.name, s.id]));
  const tasks = withOwners(collectTasks(ctx, null, input.horizonDays).tasks, userByName);
  const groups = new Map<string, { userId: string | null; name: string; tasks: Task[] }>();
  for (const s of staff) groups.set(`u:${s.id}`, { userId: s.id, name: s.name, tasks: [] });
  for (const t of tasks) {
    const id = t.ownerUserId ? `u:${t.ownerUserId}` : `n:${t.ownerName}`;
    const group = groups.get(id) ?? { userId: t.ownerUserId, name: (t.ownerUserId && nameOf.get(t.ownerUserId)) || t.ownerName, tasks: [] };
    group.tasks.push(t);
    groups.set(id, group);
  }
  const people: Person[] = [...groups.values()]
    .map((g) => ({ userId: g.userId, name: g.name, counts: countsOf(g.tasks) }))
    .sort((a, b) => b.counts.overdue - a.counts.overdue || b.counts.open - a.counts.open || a.name.localeCompare(b.name, 'zh-CN'));
  const shown = input.ownerUserId ? tasks.filter((t) => t.ownerUserId === input.ownerUserId) : tasks;
  return { people, tasks: shown.slice(0, input.limit), more: shown.length > input.limit };
}
