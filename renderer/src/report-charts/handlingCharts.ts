import type { EChartsCoreOption } from 'echarts/core';
import type { HandlingReport } from '../../../contract/reports';
import { chartColors } from '../theme';
import { baseOption, categoryAxis, valueAxis, type ChartMedium } from './chartBase';
import { formatAverage, formatNumber } from './numbers';
import { dateLabel, periodLabel } from './periods';
import type { ReportTable } from './table';
import type { ReportWords } from './words';

/** One decimal is all a person reads off a line; the table keeps the same rounding. */
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function hasHandlingTimes(report: HandlingReport): boolean {
  return report.registrationSeconds.count + report.arrivalToCheckInMinutes.count + report.visitMinutes.count > 0;
}

/** Minutes on the left axis (arrival to check-in, visit length), registration seconds on the right. */
export function handlingOption(report: HandlingReport, w: ReportWords, medium: ChartMedium): EChartsCoreOption {
  const g = report.range.granularity;
  return {
    ...baseOption(medium),
    xAxis: categoryAxis(report.periods.map((p) => periodLabel(p.key, g, w, 'short'))),
    yAxis: [valueAxis(w.t('reports.axis.minutes'), { minInterval: 0 }), valueAxis(w.t('reports.axis.seconds'), { minInterval: 0, splitLine: { show: false } })],
    series: [
      { type: 'line', name: w.t('reports.series.arrival'), yAxisIndex: 0, data: report.periods.map((p) => round1(p.arrivalToCheckInMinutes)), connectNulls: true, symbolSize: 5 },
      { type: 'line', name: w.t('reports.series.stay'), yAxisIndex: 0, data: report.periods.map((p) => round1(p.visitMinutes)), connectNulls: true, symbolSize: 5 },
      { type: 'bar', name: w.t('reports.series.registration'), yAxisIndex: 1, data: report.periods.map((p) => round1(p.registrationSeconds)), barMaxWidth: 24, itemStyle: { opacity: 0.55 } },
    ],
  };
}

export function peakOnSiteOption(report: HandlingReport, w: ReportWords, medium: ChartMedium): EChartsCoreOption {
  const g = report.range.granularity;
  return {
    ...baseOption(medium),
    legend: { show: false },
    grid: { left: 12, right: 16, top: 36, bottom: 32 },
    color: [chartColors.series[2]],
    xAxis: categoryAxis(report.periods.map((p) => periodLabel(p.key, g, w, 'short'))),
    yAxis: valueAxis(w.t('reports.axis.people')),
    series: [{ type: 'bar', name: w.t('reports.series.peakOnSite'), data: report.periods.map((p) => p.peakOnSite), barMaxWidth: 36 }],
  };
}

export function handlingTable(report: HandlingReport, w: ReportWords): ReportTable {
  const g = report.range.granularity;
  return {
    columns: [
      { key: 'period', title: w.t('reports.columns.period') },
      { key: 'registration', title: w.t('reports.series.registration'), numeric: true },
      { key: 'arrival', title: w.t('reports.series.arrival'), numeric: true },
      { key: 'stay', title: w.t('reports.series.stay'), numeric: true },
    ],
    rows: report.periods.map((p) => ({
      key: p.key,
      cells: {
        period: periodLabel(p.key, g, w, 'long'),
        registration: p.registrationSeconds === null ? w.t('reports.none') : formatNumber(p.registrationSeconds, w, 1),
        arrival: p.arrivalToCheckInMinutes === null ? w.t('reports.none') : formatNumber(p.arrivalToCheckInMinutes, w, 1),
        stay: p.visitMinutes === null ? w.t('reports.none') : formatNumber(p.visitMinutes, w, 1),
      },
    })),
  };
}

export function peakOnSiteTable(report: HandlingReport, w: ReportWords): ReportTable {
  const g = report.range.granularity;
  return {
    columns: [
      { key: 'period', title: w.t('reports.columns.period') },
      { key: 'peakOnSite', title: w.t('reports.series.peakOnSite'), numeric: true },
    ],
    rows: report.periods.map((p) => ({ key: p.key, cells: { period: periodLabel(p.key, g, w, 'long'), peakOnSite: formatNumber(p.peakOnSite, w) } })),
  };
}

/** The four headline figures over the whole range. */
export function handlingStats(report: HandlingReport, w: ReportWords): { key: string; title: string; value: string; note: string }[] {
  return [
    { key: 'registration', title: w.t('reports.stats.registration'), value: formatAverage(report.registrationSeconds.average, w, 'seconds'), note: w.t('reports.stats.measured', { count: report.registrationSeconds.count }) },
    { key: 'arrival', title: w.t('reports.stats.arrival'), value: formatAverage(report.arrivalToCheckInMinutes.average, w, 'minutes'), note: w.t('reports.stats.measured', { count: report.arrivalToCheckInMinutes.count }) },
    { key: 'stay', title: w.t('reports.stats.stay'), value: formatAverage(report.visitMinutes.average, w, 'minutes'), note: w.t('reports.stats.measured', { count: report.visitMinutes.count }) },
    { key: 'peakOnSite', title: w.t('reports.stats.peakOnSite'), value: formatNumber(report.peakOnSite.count, w), note: report.peakOnSite.day ? dateLabel(report.peakOnSite.day, w) : '' },
  ];
}
