import type { Task } from '../../../contract/tasks';
import type { ServiceContext } from '../../core/context';
import { careReminders } from '../followups';
import { endOfDay, dueFlags, type TaskClock } from './task-clock';
import { tierPriority } from './names';
import type { Viewer } from './viewer';

/** A greeting missed by more than a week is no longer worth sending: the inbox lets it go. */
const CARE_LOOKBACK_DAYS = 7;

/** Clients named on a festival's line; the rest are counted. */
const CLIENTS_SHOWN = 3;

/**
 * Care reminders (birthdays, festivals, client milestones) whose reminding
 * has started and that are not done, from the follow-ups domain (computed
 * there, never copied). The key `kind:ref:day` is the task's refId: the
 * renderer names a festival (title '') from it.
 */
export function careTasks(ctx: Pick<ServiceContext, 'db'>, viewer: Viewer | null, clock: TaskClock): Task[] {
  const reminders = careReminders(ctx, { from: clock.lookbackDay(CARE_LOOKBACK_DAYS), to: clock.today, ...(viewer && { ownerUserId: viewer.userId }) });
  return reminders
    .filter((r) => !r.done)
    .map((r) => {
      const names = r.clients.map((c) => c.name);
      const more = names.length > CLIENTS_SHOWN ? ` +${names.length - CLIENTS_SHOWN}` : '';
      return {
        key: `care:${r.key}`,
        kind: 'care',
        refId: r.key,
        title: r.title,
        detail: names.slice(0, CLIENTS_SHOWN).join('、') + more,
        ...dueFlags(endOfDay(r.day), clock),
        allDay: true,
        ownerUserId: r.ownerUserId,
        ownerName: r.ownerName,
        priority: Math.min(...r.clients.map((c) => tierPriority(c.tier)), 2),
        escalated: false,
        link: { screen: 'care', id: r.key },
      } satisfies Task;
    });
}
