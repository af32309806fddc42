import type { EChartsCoreOption } from 'echarts/core';
import type { PreferenceKind, PreferencesReport } from '../../../contract/reports';
import { baseOption, categoryAxis, valueAxis, type ChartMedium } from './chartBase';
import { formatNumber } from './numbers';
import type { ReportTable } from './table';
import type { ReportWords } from './words';

function kindOf(report: PreferencesReport, kind: PreferenceKind) {
  return report.kinds.find((k) => k.kind === kind) ?? { kind, stated: 0, values: [] };
}

/** One kind's stated needs as bars, most stated at the top. */
export function preferenceOption(report: PreferencesReport, kind: PreferenceKind, w: ReportWords, medium: ChartMedium): EChartsCoreOption {
  const values = [...kindOf(report, kind).values].reverse();
  return {
    ...baseOption(medium),
    legend: { show: false },
    grid: { left: 12, right: 36, top: 8, bottom: 8 },
    yAxis: categoryAxis(
      values.map((v) => v.value),
      { axisLabel: { width: 110, overflow: 'truncate', interval: 0 }, axisTick: { show: false } },
    ),
    xAxis: valueAxis('', { show: false }),
    series: [{ type: 'bar', name: w.t('reports.columns.guests'), data: values.map((v) => v.guests), barMaxWidth: 16, label: { show: true, position: 'right' } }],
  };
}

export function preferenceTable(report: PreferencesReport, kind: PreferenceKind, w: ReportWords): ReportTable {
  return {
    columns: [
      { key: 'value', title: w.t('reports.columns.value') },
      { key: 'guests', title: w.t('reports.columns.guests'), numeric: true },
    ],
    rows: kindOf(report, kind).values.map((v) => ({ key: v.value, cells: { value: v.value, guests: formatNumber(v.guests, w) } })),
  };
}

/** A chart's height that gives every stated need a readable bar. */
export function preferenceHeight(report: PreferencesReport, kind: PreferenceKind): number {
  return Math.max(120, 24 + kindOf(report, kind).values.length * 22);
}

export function hasPreferences(report: PreferencesReport, kind: PreferenceKind): boolean {
  return kindOf(report, kind).values.length > 0;
}

export function preferenceClientsTable(report: PreferencesReport, w: ReportWords): ReportTable {
  const sep = w.locale === 'zh-CN' ? '；' : '; ';
  return {
    columns: [
      { key: 'client', title: w.t('reports.columns.client') },
      { key: 'guests', title: w.t('reports.columns.guests'), numeric: true },
      { key: 'top', title: w.t('reports.columns.top') },
    ],
    rows: report.clients.map((c) => ({
      key: c.clientId,
      cells: {
        client: c.name,
        guests: formatNumber(c.guests, w),
        top: c.top.map((p) => w.t('reports.preferenceItem', { kind: w.t(`reports.kinds.${p.kind}`), value: p.value, count: formatNumber(p.guests, w) })).join(sep),
      },
    })),
  };
}
