import dayjs from 'dayjs';
import { i18n } from '../i18n';

/** A day as the desk reads it: 12月4日 周五 / Fri 4 Dec, with the year only when it is not this one (dayjs follows the app's locale). */
export function formatDueDay(day: string): string {
  const d = dayjs(day);
  const sameYear = d.year() === dayjs().year();
  if (i18n.language === 'en') return d.format(sameYear ? 'ddd D MMM' : 'ddd D MMM YYYY');
  return d.format(sameYear ? 'M月D日 ddd' : 'YYYY年M月D日 ddd');
}

/** Whole days from today to `day` (negative when past), on the desk's calendar. */
export function daysFromToday(day: string): number {
  return dayjs(day).startOf('day').diff(dayjs().startOf('day'), 'day');
}
