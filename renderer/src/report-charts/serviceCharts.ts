import type { EChartsCoreOption } from 'echarts/core';
import type { ServiceReport } from '../../../contract/reports';
import { baseOption, categoryAxis, valueAxis, type ChartMedium } from './chartBase';
import { formatAverage, formatNumber, formatRate } from './numbers';
import { periodLabel } from './periods';
import type { ReportTable } from './table';
import type { ReportWords } from './words';

const STARS = [1, 2, 3, 4, 5];
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function satisfactionOption(report: ServiceReport, w: ReportWords, medium: ChartMedium): EChartsCoreOption {
  return {
    ...baseOption(medium),
    legend: { show: false },
    grid: { left: 12, right: 16, top: 36, bottom: 32 },
    xAxis: categoryAxis(STARS.map((s) => w.t('reports.stars', { count: s }))),
    yAxis: valueAxis(w.t('reports.columns.count')),
    series: [{ type: 'bar', name: w.t('reports.columns.count'), data: report.satisfaction.distribution, barMaxWidth: 40, label: { show: true, position: 'top' } }],
  };
}

export function satisfactionTable(report: ServiceReport, w: ReportWords): ReportTable {
  const total = report.satisfaction.responses;
  return {
    columns: [
      { key: 'score', title: w.t('reports.columns.score') },
      { key: 'count', title: w.t('reports.columns.count'), numeric: true },
      { key: 'share', title: w.t('reports.columns.share'), numeric: true },
    ],
    // No responses: the chart's empty state says so, five rows of zeros would not.
    rows: (total === 0 ? [] : STARS).map((s, i) => {
      const count = report.satisfaction.distribution[i] ?? 0;
      return { key: String(s), cells: { score: w.t('reports.stars', { count: s }), count: formatNumber(count, w), share: formatRate(total ? count / total : null, w) } };
    }),
  };
}

export function hasServiceRates(report: ServiceReport): boolean {
  return report.complaintRate.whole + report.incidentsOnTime.whole + report.checklistsOnTime.whole + report.followupsOnTime.whole > 0;
}

/** The on-time rates per period in percent, the complaint rate beside them. */
export function ratesOption(report: ServiceReport, w: ReportWords, medium: ChartMedium): EChartsCoreOption {
  const g = report.range.granularity;
  const line = (name: string, data: (number | null)[]) => ({ type: 'line', name, data, connectNulls: true, symbolSize: 5 });
  return {
    ...baseOption(medium),
    xAxis: categoryAxis(report.periods.map((p) => periodLabel(p.key, g, w, 'short'))),
    yAxis: valueAxis(w.t('reports.axis.percent'), { min: 0, max: 100, minInterval: 0 }),
    series: [
      line(w.t('reports.series.complaintRate'), report.periods.map((p) => percent(p.visits ? p.complaints / p.visits : null))),
      line(w.t('reports.series.incidentsOnTime'), report.periods.map((p) => percent(p.incidentsOnTime))),
      line(w.t('reports.series.checklistsOnTime'), report.periods.map((p) => percent(p.checklistsOnTime))),
      line(w.t('reports.series.followupsOnTime'), report.periods.map((p) => percent(p.followupsOnTime))),
    ],
  };
}

export function serviceTable(report: ServiceReport, w: ReportWords): ReportTable {
  const g = report.range.granularity;
  return {
    columns: [
      { key: 'period', title: w.t('reports.columns.period') },
      { key: 'satisfaction', title: w.t('reports.series.satisfaction'), numeric: true },
      { key: 'responses', title: w.t('reports.series.responses'), numeric: true },
      { key: 'complaints', title: w.t('reports.series.complaints'), numeric: true },
      { key: 'complaintRate', title: w.t('reports.series.complaintRate'), numeric: true },
      { key: 'incidents', title: w.t('reports.series.incidentsOnTime'), numeric: true },
      { key: 'checklists', title: w.t('reports.series.checklistsOnTime'), numeric: true },
      { key: 'followups', title: w.t('reports.series.followupsOnTime'), numeric: true },
    ],
    rows: report.periods.map((p) => ({
      key: p.key,
      cells: {
        period: periodLabel(p.key, g, w, 'long'),
        satisfaction: p.satisfaction === null ? w.t('reports.none') : formatNumber(p.satisfaction, w, 2),
        responses: formatNumber(p.responses, w),
        complaints: formatNumber(p.complaints, w),
        complaintRate: formatRate(p.visits ? p.complaints / p.visits : null, w),
        incidents: formatRate(p.incidentsOnTime, w),
        checklists: formatRate(p.checklistsOnTime, w),
        followups: formatRate(p.followupsOnTime, w),
      },
    })),
  };
}

/** The headline figures: satisfaction, red alerts and the four rates with what they are made of. */
export function serviceStats(report: ServiceReport, w: ReportWords): { key: string; title: string; value: string; note: string }[] {
  const rate = (key: 'complaintRate' | 'incidentsOnTime' | 'checklistsOnTime' | 'followupsOnTime') => ({
    key,
    title: w.t(`reports.stats.${key}`),
    value: formatRate(report[key].rate, w),
    note: w.t('reports.stats.rateOf', { part: formatNumber(report[key].part, w), whole: formatNumber(report[key].whole, w) }),
  });
  return [
    { key: 'satisfaction', title: w.t('reports.stats.satisfaction'), value: formatAverage(report.satisfaction.average, w, 'score', 2), note: w.t('reports.stats.responses', { count: report.satisfaction.responses }) },
    { key: 'redAlerts', title: w.t('reports.stats.redAlerts'), value: formatNumber(report.satisfaction.redAlerts, w), note: '' },
    rate('complaintRate'),
    rate('incidentsOnTime'),
    rate('checklistsOnTime'),
    rate('followupsOnTime'),
  ];
}
