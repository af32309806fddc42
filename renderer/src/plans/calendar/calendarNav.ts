import dayjs from 'dayjs';
import type { PlansView } from '../usePlansView';

const STEP: Record<Exclude<PlansView, 'list'>, 'day' | 'week' | 'month'> = { day: 'day', week: 'week', month: 'month' };

/** The day one period before (-1) or after (+1) `date` in this view. */
export function stepDate(date: string, view: PlansView, direction: 1 | -1): string {
  if (view === 'list') return date;
  return dayjs(date).add(direction, STEP[view]).format('YYYY-MM-DD');
}
