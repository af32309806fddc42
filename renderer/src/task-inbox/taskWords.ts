import type { TFunction } from 'i18next';
import { pickText, type LocalText } from '../../../contract/checklists';
import type { Locale } from '../../../contract/locales';
import type { Task } from '../../../contract/tasks';
import { pageHash } from '../lib/useHashRoute';

/*
 * How a task reads and where it opens, for the inbox, the header's reminders
 * and anything else that shows tasks. Main sends data, not sentences: a
 * checklist item's title is its two-language text (JSON), a festival's care
 * reminder has no title (its key names the festival).
 */

/** `kind:ref:YYYY-MM-DD` → its parts. */
function careKey(refId: string): { kind: string; ref: string } {
  const [kind = '', ref = ''] = refId.split(':');
  // A festival's ref is `<festival>~<account manager>` (one reminder per manager).
  return { kind, ref };
}

export function taskTitle(task: Task, locale: Locale, t: TFunction): string {
  if (task.kind === 'checklistItem') {
    try {
      return pickText(JSON.parse(task.title) as LocalText, locale);
    } catch {
      return task.title;
    }
  }
  if (task.kind === 'care') {
    const { kind, ref } = careKey(task.refId);
    if (kind === 'festival') {
      const festival = ref.split('~')[0] ?? '';
      return t(`tasks.care.festival.${festival}`, { defaultValue: task.title || festival });
    }
    if (kind === 'birthday') return t('tasks.care.birthday', { name: task.title });
  }
  return task.title;
}

/** The hash route a task opens: its record's screen. */
export function taskHref(task: Task): string {
  const { screen, id } = task.link;
  switch (screen) {
    case 'incident':
      return pageHash('incidents', id);
    case 'feedback':
      // `#/feedback/<id>` opens a response; a request to ask for feedback is worked from the screen's list of requests.
      return task.kind === 'feedbackRequest' ? pageHash('feedback') : pageHash('feedback', id);
    case 'followup':
      return pageHash('followups', id);
    case 'care':
      return pageHash('followups');
    case 'plan':
      return pageHash('plans', id);
    case 'pastVisit':
      return pageHash('pastVisits', id);
    case 'document':
      return pageHash('documents', id);
    case 'destruction':
      return pageHash('retention', id);
  }
}

/** A stored local minute `YYYY-MM-DDTHH:mm` as a Date in this PC's time zone. */
export function localMinuteDate(value: string): Date {
  const [y, m, d, hh, mm] = value.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  return new Date(y, m - 1, d, hh, mm);
}

function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function span(ms: number, t: TFunction): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return t('tasks.due.minutes', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t('tasks.due.hours', { count: hours });
  return t('tasks.due.days', { count: Math.round(hours / 24) });
}

/**
 * "逾期 3 小时" / "2 小时后到期" and "今天 14:00" / "12-05": main decides
 * whether it is overdue or due today (its clock is the desk's); the words
 * around it count from this PC's clock.
 */
export function dueWords(task: Task, now: number, t: TFunction): { relative: string; absolute: string } {
  const due = localMinuteDate(task.dueAt);
  const day = task.dueAt.slice(0, 10);
  const today = new Date(now);
  const offset = (days: number) => dayOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days, 12));
  const time = task.allDay ? '' : task.dueAt.slice(11, 16);
  const absolute =
    day === offset(0)
      ? t('tasks.due.today', { time }).trim()
      : day === offset(1)
        ? t('tasks.due.tomorrow', { time }).trim()
        : day === offset(-1)
          ? t('tasks.due.yesterday', { time }).trim()
          : `${day.slice(0, 4) === String(today.getFullYear()) ? day.slice(5) : day}${time ? ` ${time}` : ''}`;
  const relative = task.overdue
    ? t('tasks.due.overdueBy', { span: span(now - due.getTime(), t) })
    : task.allDay && task.dueToday
      ? t('tasks.due.endOfDay')
      : t('tasks.due.in', { span: span(due.getTime() - now, t) });
  return { relative, absolute };
}
