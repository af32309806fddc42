import dayjs from 'dayjs';
import type { ReportGranularity } from '../../../contract/reports';

export const REPORT_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'last12Months'] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number];

export interface PresetRange {
  from: string;
  to: string;
  /** The granularity that reads best for the range: days in a month, weeks in a quarter, months in a year. */
  granularity: ReportGranularity;
}

const DAY = 'YYYY-MM-DD';

/** A preset's days, whole calendar months or quarters around `today` (the desk's local `YYYY-MM-DD`). */
export function presetRange(preset: ReportPreset, today: string): PresetRange {
  const at = dayjs(today);
  const month = at.startOf('month');
  switch (preset) {
    case 'thisMonth':
      return { from: month.format(DAY), to: month.endOf('month').format(DAY), granularity: 'day' };
    case 'lastMonth': {
      const last = month.subtract(1, 'month');
      return { from: last.format(DAY), to: last.endOf('month').format(DAY), granularity: 'day' };
    }
    case 'thisQuarter': {
      const start = month.subtract(month.month() % 3, 'month');
      return { from: start.format(DAY), to: start.add(2, 'month').endOf('month').format(DAY), granularity: 'week' };
    }
    case 'thisYear':
      return { from: at.startOf('year').format(DAY), to: at.endOf('year').format(DAY), granularity: 'month' };
    case 'last12Months':
      return { from: month.subtract(11, 'month').format(DAY), to: month.endOf('month').format(DAY), granularity: 'month' };
  }
}

/** The preset a range is, if it is one (so a range typed by hand that happens to be "last month" says so). */
export function presetOf(from: string, to: string, today: string): ReportPreset | null {
  return REPORT_PRESETS.find((p) => {
    const r = presetRange(p, today);
    return r.from === from && r.to === to;
  }) ?? null;
}

/** The month a monthly report is printed for by default: the last month of the range that has begun. */
export function defaultPrintMonth(to: string, today: string): string {
  return (to < today ? to : today).slice(0, 7);
}
