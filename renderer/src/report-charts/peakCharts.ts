import type { EChartsCoreOption } from 'echarts/core';
import type { PeakHoursReport } from '../../../contract/reports';
import { chartColors } from '../theme';
import { baseOption, categoryAxis, type ChartMedium } from './chartBase';
import { formatNumber } from './numbers';
import { hourRangeLabel, weekdayName } from './periods';
import type { ReportTable } from './table';
import type { ReportWords } from './words';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/** The office's day: 08:00–18:00 at least, wider when check-ins happened earlier or later. */
export function openHours(report: PeakHoursReport): number[] {
  const used = HOURS.filter((h) => report.heatmap.some((row) => (row[h] ?? 0) > 0));
  const first = Math.min(8, ...used);
  const last = Math.max(17, ...used);
  return HOURS.filter((h) => h >= first && h <= last);
}

export function heatmapOption(report: PeakHoursReport, w: ReportWords, medium: ChartMedium): EChartsCoreOption {
  const hours = openHours(report);
  const max = Math.max(1, ...report.heatmap.flat());
  return {
    ...baseOption(medium),
    tooltip: medium === 'screen' ? { trigger: 'item', confine: true } : { show: false },
    legend: { show: false },
    // The colour scale sits below the hours, clear of them.
    grid: { left: 12, right: 16, top: 12, bottom: 72 },
    xAxis: categoryAxis(
      hours.map((h) => String(h).padStart(2, '0')),
      { splitArea: { show: true }, axisTick: { show: false } },
    ),
    // Monday at the top, as a wall calendar reads.
    yAxis: categoryAxis(
      WEEKDAYS.map((d) => weekdayName(d, w)),
      { inverse: true, splitArea: { show: true }, axisTick: { show: false } },
    ),
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      itemWidth: 12,
      text: [formatNumber(max, w), '0'],
      inRange: { color: [...chartColors.heat] },
      textStyle: { color: chartColors.axis },
    },
    series: [
      {
        type: 'heatmap',
        name: w.t('reports.series.checkIns'),
        data: WEEKDAYS.flatMap((d) => hours.map((h, x) => [x, d, report.heatmap[d]?.[h] ?? 0])),
        label: { show: medium === 'paper' || hours.length <= 14, fontSize: 10, formatter: (p: { value: number[] }) => (p.value[2] ? String(p.value[2]) : '') },
      },
    ],
  };
}

/** The heatmap's numbers: a row per weekday, a column per hour of the office's day. */
export function heatmapTable(report: PeakHoursReport, w: ReportWords): ReportTable {
  const hours = openHours(report);
  return {
    columns: [{ key: 'weekday', title: w.t('reports.columns.weekday') }, ...hours.map((h) => ({ key: `h${h}`, title: String(h).padStart(2, '0'), numeric: true }))],
    rows: WEEKDAYS.map((d) => ({
      key: String(d),
      cells: Object.fromEntries([['weekday', weekdayName(d, w)], ...hours.map((h) => [`h${h}`, formatNumber(report.heatmap[d]?.[h] ?? 0, w)])]),
    })),
  };
}

export function busiestTable(report: PeakHoursReport, w: ReportWords): ReportTable {
  return {
    columns: [
      { key: 'weekday', title: w.t('reports.columns.weekday') },
      { key: 'hour', title: w.t('reports.columns.hour') },
      { key: 'visits', title: w.t('reports.series.checkIns'), numeric: true },
      { key: 'perDay', title: w.t('reports.columns.perDay'), numeric: true },
    ],
    rows: report.busiest.map((b) => ({
      key: `${b.weekday}-${b.hour}`,
      cells: { weekday: weekdayName(b.weekday, w), hour: hourRangeLabel(b.hour, w), visits: formatNumber(b.visits, w), perDay: formatNumber(b.perDay, w, 1) },
    })),
  };
}

export function hasCheckIns(report: PeakHoursReport): boolean {
  return report.heatmap.some((row) => row.some((v) => v > 0));
}
