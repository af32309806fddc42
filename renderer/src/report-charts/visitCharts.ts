import type { EChartsCoreOption } from 'echarts/core';
import type { VisitsReport } from '../../../contract/reports';
import { baseOption, categoryAxis, valueAxis, type ChartMedium } from './chartBase';
import { formatNumber, formatRate } from './numbers';
import { periodLabel } from './periods';
import type { ReportTable } from './table';
import type { ReportWords } from './words';

/** Visits per period: walk-ins and planned stacked, distinct visitors as a line over them. */
export function visitsOption(report: VisitsReport, w: ReportWords, medium: ChartMedium): EChartsCoreOption {
  const g = report.range.granularity;
  return {
    ...baseOption(medium),
    xAxis: categoryAxis(report.periods.map((p) => periodLabel(p.key, g, w, 'short'))),
    yAxis: valueAxis(w.t('reports.axis.visits')),
    series: [
      { type: 'bar', name: w.t('reports.series.walkIns'), stack: 'visits', data: report.periods.map((p) => p.walkIns), barMaxWidth: 36 },
      { type: 'bar', name: w.t('reports.series.planned'), stack: 'visits', data: report.periods.map((p) => p.planned), barMaxWidth: 36 },
      { type: 'line', name: w.t('reports.series.visitors'), data: report.periods.map((p) => p.visitors), symbolSize: 5 },
    ],
  };
}

export function visitsTable(report: VisitsReport, w: ReportWords): ReportTable {
  const g = report.range.granularity;
  const n = (v: number) => formatNumber(v, w);
  return {
    columns: [
      { key: 'period', title: w.t('reports.columns.period') },
      { key: 'visits', title: w.t('reports.series.visits'), numeric: true },
      { key: 'walkIns', title: w.t('reports.series.walkIns'), numeric: true },
      { key: 'planned', title: w.t('reports.series.planned'), numeric: true },
      { key: 'visitors', title: w.t('reports.series.visitors'), numeric: true },
    ],
    rows: report.periods.map((p) => ({
      key: p.key,
      cells: { period: periodLabel(p.key, g, w, 'long'), visits: n(p.visits), walkIns: n(p.walkIns), planned: n(p.planned), visitors: n(p.visitors) },
    })),
  };
}

/** The clients' bars, most first from the top, "other clients" last when there are more than twenty. */
function clientBars(report: VisitsReport, w: ReportWords): { name: string; visits: number }[] {
  const bars = report.byClient.map((c) => ({ name: c.name, visits: c.visits }));
  if (report.otherClients > 0) bars.push({ name: w.t('reports.otherClients'), visits: report.otherClients });
  return bars;
}

export function byClientOption(report: VisitsReport, w: ReportWords, medium: ChartMedium): EChartsCoreOption {
  const bars = clientBars(report, w).reverse();
  return {
    ...baseOption(medium),
    legend: { show: false },
    grid: { left: 12, right: 40, top: 12, bottom: 12 },
    // Long company names are cut with an ellipsis on the axis; the table under the chart has them whole.
    yAxis: categoryAxis(
      bars.map((b) => b.name),
      { axisLabel: { width: 150, overflow: 'truncate', interval: 0 }, axisTick: { show: false } },
    ),
    xAxis: valueAxis(w.t('reports.axis.visits'), { name: '' }),
    series: [{ type: 'bar', name: w.t('reports.series.planned'), data: bars.map((b) => b.visits), barMaxWidth: 18, label: { show: true, position: 'right' } }],
  };
}

export function byClientTable(report: VisitsReport, w: ReportWords): ReportTable {
  const total = report.totals.planned;
  const rows = report.byClient.map((c) => ({
    key: c.clientId,
    cells: { client: c.name, tier: w.t(`reports.tiers.${c.tier}`), visits: formatNumber(c.visits, w), share: formatRate(total ? c.visits / total : null, w) },
  }));
  if (report.otherClients > 0) {
    rows.push({ key: 'other', cells: { client: w.t('reports.otherClients'), tier: '', visits: formatNumber(report.otherClients, w), share: formatRate(total ? report.otherClients / total : null, w) } });
  }
  return {
    columns: [
      { key: 'client', title: w.t('reports.columns.client') },
      { key: 'tier', title: w.t('reports.columns.tier') },
      { key: 'visits', title: w.t('reports.series.visits'), numeric: true },
      { key: 'share', title: w.t('reports.columns.share'), numeric: true },
    ],
    rows,
  };
}

/** Planned visits by tier, and walk-ins beside them so the pie is the whole desk. */
function tierSlices(report: VisitsReport, w: ReportWords): { key: string; name: string; visits: number }[] {
  const slices: { key: string; name: string; visits: number }[] = report.byTier.map((t) => ({ key: t.tier, name: w.t(`reports.tiers.${t.tier}`), visits: t.visits }));
  if (report.totals.walkIns > 0) slices.push({ key: 'walkIn', name: w.t('reports.walkIn'), visits: report.totals.walkIns });
  return slices.filter((s) => s.visits > 0);
}

export function byTierOption(report: VisitsReport, w: ReportWords, medium: ChartMedium): EChartsCoreOption {
  return {
    ...baseOption(medium),
    tooltip: medium === 'screen' ? { trigger: 'item', confine: true } : { show: false },
    series: [
      {
        type: 'pie',
        radius: ['38%', '66%'],
        center: ['50%', '46%'],
        data: tierSlices(report, w).map((s) => ({ name: s.name, value: s.visits })),
        label: { formatter: '{b}\n{d}%' },
      },
    ],
  };
}

export function byTierTable(report: VisitsReport, w: ReportWords): ReportTable {
  const total = report.totals.visits;
  return {
    columns: [
      { key: 'tier', title: w.t('reports.columns.tier') },
      { key: 'visits', title: w.t('reports.series.visits'), numeric: true },
      { key: 'share', title: w.t('reports.columns.share'), numeric: true },
    ],
    rows: tierSlices(report, w).map((s) => ({ key: s.key, cells: { tier: s.name, visits: formatNumber(s.visits, w), share: formatRate(total ? s.visits / total : null, w) } })),
  };
}

export function hasClientBars(report: VisitsReport): boolean {
  return report.byClient.length > 0 || report.otherClients > 0;
}

export function hasTierSlices(report: VisitsReport): boolean {
  return report.totals.visits > 0;
}
