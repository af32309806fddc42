import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReportGranularity } from '../../../contract/reports';
import type { ReportWords } from './words';

const DAYJS_LOCALE = { 'zh-CN': 'zh-cn', en: 'en' } as const;

/** A day or month key in the report's own language (a printed report may differ from the desk's). */
function local(key: string, w: ReportWords) {
  return dayjs(key.length === 7 ? `${key}-01` : key).locale(DAYJS_LOCALE[w.locale]);
}

/**
 * A period key as people read it. `short` labels a chart's axis (the week by
 * its Monday); the long form heads a table row (the week as Monday–Sunday).
 */
export function periodLabel(key: string, granularity: ReportGranularity, w: ReportWords, form: 'short' | 'long'): string {
  const at = local(key, w);
  if (granularity === 'month') return at.format(w.t(form === 'short' ? 'reports.formats.monthShort' : 'reports.formats.monthLong'));
  if (granularity === 'day') return at.format(w.t(form === 'short' ? 'reports.formats.dayShort' : 'reports.formats.dayLong'));
  if (form === 'short') return at.format(w.t('reports.formats.weekShort'));
  return w.t('reports.formats.weekJoin', { from: at.format(w.t('reports.formats.weekLong')), to: at.add(6, 'day').format(w.t('reports.formats.weekLong')) });
}

/** A plain date (`YYYY-MM-DD`) in the report's language. */
export function dateLabel(day: string, w: ReportWords): string {
  return local(day, w).format(w.t('reports.formats.date'));
}

/** `YYYY-MM` as "2026年11月" / "November 2026". */
export function monthLabel(month: string, w: ReportWords): string {
  return local(month, w).format(w.t('reports.formats.month'));
}

/** Monday first, as the contract counts weekdays (0 = Monday). */
export function weekdayName(weekday: number, w: ReportWords): string {
  return w.t(`reports.weekdays.${weekday}`);
}

export function hourRangeLabel(hour: number, w: ReportWords): string {
  return w.t('reports.hourRange', { from: String(hour).padStart(2, '0'), to: String(hour + 1).padStart(2, '0') });
}
