import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { HandlingReport, PeakHoursReport, ServiceReport, VisitsReport } from '../../contract/reports';
import { lastDayOf } from '../../main/services/print/report-month';
import { chartFileName } from '../../renderer/src/report-charts/fileName';
import { handlingTable } from '../../renderer/src/report-charts/handlingCharts';
import { heatmapTable, openHours } from '../../renderer/src/report-charts/peakCharts';
import { periodLabel } from '../../renderer/src/report-charts/periods';
import { serviceStats, serviceTable } from '../../renderer/src/report-charts/serviceCharts';
import { byClientTable, byTierTable, visitsTable } from '../../renderer/src/report-charts/visitCharts';
import type { ReportWords } from '../../renderer/src/report-charts/words';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';
import { defaultPrintMonth, presetOf, presetRange } from '../../renderer/src/reports/presets';

/** The reports' own rules, without a screen: period labels, preset ranges, and the tables under the charts. */

const i18n = i18next.createInstance();
void i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', initAsync: false, interpolation: { escapeValue: false } });
const zh: ReportWords = { locale: 'zh-CN', t: i18n.getFixedT('zh-CN') };
const enW: ReportWords = { locale: 'en', t: i18n.getFixedT('en') };

const range = (granularity: 'day' | 'week' | 'month') => ({ from: '2026-11-01', to: '2026-11-30', granularity });

function visits(): VisitsReport {
  return {
    range: range('day'),
    totals: { visits: 12345, walkIns: 345, planned: 12000 },
    periods: [
      { key: '2026-11-01', visits: 12345, walkIns: 345, planned: 12000, visitors: 9000 },
      { key: '2026-11-02', visits: 0, walkIns: 0, planned: 0, visitors: 0 },
    ],
    byClient: [{ clientId: 'c1', name: '华为技术有限公司', tier: 'vip', visits: 9000 }],
    otherClients: 3000,
    byTier: [
      { tier: 'vip', visits: 9000 },
      { tier: 'normal', visits: 3000 },
      { tier: 'key', visits: 0 },
    ],
  };
}

describe('period labels', () => {
  it('name days, weeks (Monday to Sunday, across a month end) and months in each language', () => {
    expect(periodLabel('2026-11-30', 'week', zh, 'long')).toBe('2026年11月30日–2026年12月6日');
    expect(periodLabel('2026-11-30', 'week', enW, 'long')).toBe('Nov 30, 2026 – Dec 6, 2026');
    expect(periodLabel('2026-11-30', 'week', zh, 'short')).toBe('11/30');
    expect(periodLabel('2026-11', 'month', zh, 'long')).toBe('2026年11月');
    expect(periodLabel('2026-11', 'month', enW, 'long')).toBe('November 2026');
    expect(periodLabel('2026-11-28', 'day', zh, 'long')).toBe('2026年11月28日 周六');
    expect(periodLabel('2026-11-28', 'day', enW, 'long')).toBe('Sat, Nov 28, 2026');
  });
});

describe('preset ranges', () => {
  it('take whole months, quarters and years around today, with the granularity that reads best', () => {
    expect(presetRange('thisMonth', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28', granularity: 'day' });
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31', granularity: 'day' });
    expect(presetRange('thisQuarter', '2026-11-28')).toEqual({ from: '2026-10-01', to: '2026-12-31', granularity: 'week' });
    expect(presetRange('thisYear', '2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-12-31', granularity: 'month' });
    expect(presetRange('last12Months', '2026-11-28')).toEqual({ from: '2025-12-01', to: '2026-11-30', granularity: 'month' });
    expect(presetOf('2025-12-01', '2025-12-31', '2026-01-15')).toBe('lastMonth');
    expect(presetOf('2025-12-02', '2025-12-31', '2026-01-15')).toBeNull();
  });

  it('print the month of the range, never one that has not begun', () => {
    expect(defaultPrintMonth('2026-12-31', '2026-11-28')).toBe('2026-11');
    expect(defaultPrintMonth('2025-12-31', '2026-11-28')).toBe('2025-12');
  });

  it('know the last day of a month, February of a leap year included', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });
});

describe('the tables under the charts', () => {
  it('list every period with its numbers grouped as the language writes them', () => {
    const table = visitsTable(visits(), enW);
    expect(table.columns.map((c) => c.key)).toEqual(['period', 'visits', 'walkIns', 'planned', 'visitors']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      { period: 'Sun, Nov 1, 2026', visits: '12,345', walkIns: '345', planned: '12,000', visitors: '9,000' },
      { period: 'Mon, Nov 2, 2026', visits: '0', walkIns: '0', planned: '0', visitors: '0' },
    ]);
  });

  it('give clients their tier and share, "other clients" last', () => {
    const rows = byClientTable(visits(), zh).rows.map((r) => r.cells);
    expect(rows).toEqual([
      { client: '华为技术有限公司', tier: 'VIP', visits: '9,000', share: '75%' },
      { client: '其他客户', tier: '', visits: '3,000', share: '25%' },
    ]);
  });

  it('show tiers with visits and walk-ins beside them, shares of the whole desk', () => {
    const rows = byTierTable(visits(), zh).rows.map((r) => r.cells);
    expect(rows).toEqual([
      { tier: 'VIP', visits: '9,000', share: '72.9%' },
      { tier: '普通', visits: '3,000', share: '24.3%' },
      { tier: '散客', visits: '345', share: '2.8%' },
    ]);
  });

  it('widen the heatmap table to the hours check-ins happened, Monday first', () => {
    const heatmap = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
    heatmap[6]![6] = 2;
    heatmap[0]![20] = 1;
    const report: PeakHoursReport = { range: range('day'), heatmap, busiest: [] };
    expect(openHours(report)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    const table = heatmapTable(report, zh);
    expect(table.rows[0]!.cells).toMatchObject({ weekday: '周一', h20: '1', h6: '0' });
    expect(table.rows[6]!.cells).toMatchObject({ weekday: '周日', h6: '2' });
    const quiet: PeakHoursReport = { range: range('day'), heatmap: Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0)), busiest: [] };
    expect(openHours(quiet)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  it('write a dash where nothing was measured, not a zero', () => {
    const handling: HandlingReport = {
      range: range('month'),
      registrationSeconds: { count: 0, average: null },
      arrivalToCheckInMinutes: { count: 1, average: -4.25 },
      visitMinutes: { count: 1, average: 61 },
      peakOnSite: { count: 3, day: '2026-11-03' },
      periods: [{ key: '2026-11', registrationSeconds: null, arrivalToCheckInMinutes: -4.25, visitMinutes: 61, peakOnSite: 3 }],
    };
    expect(handlingTable(handling, zh).rows[0]!.cells).toEqual({ period: '2026年11月', registration: '—', arrival: '-4.3', stay: '61' });
    const service: ServiceReport = {
      range: range('month'),
      satisfaction: { responses: 0, average: null, distribution: [0, 0, 0, 0, 0], redAlerts: 0 },
      complaintRate: { part: 0, whole: 0, rate: null },
      incidentsOnTime: { part: 1, whole: 2, rate: 0.5 },
      checklistsOnTime: { part: 0, whole: 0, rate: null },
      followupsOnTime: { part: 0, whole: 0, rate: null },
      periods: [{ key: '2026-11', satisfaction: null, responses: 0, complaints: 0, visits: 0, incidentsOnTime: 0.5, checklistsOnTime: null, followupsOnTime: null }],
    };
    expect(serviceTable(service, enW).rows[0]!.cells).toMatchObject({ satisfaction: '—', complaintRate: '—', incidents: '50%', checklists: '—' });
    expect(serviceStats(service, enW).find((s) => s.key === 'incidentsOnTime')).toEqual({ key: 'incidentsOnTime', title: 'Incidents on time', value: '50%', note: '1 of 2' });
  });
});

describe('PNG file names', () => {
  it('keep Chinese titles, and turn what a file name may not hold into dashes', () => {
    expect(chartFileName('各日来访', '2026-11-01', '2026-11-30', 'png')).toBe('各日来访_2026-11-01_2026-11-30.png');
    expect(chartFileName('Visits per day / client: "top"', '2026-11-01', '2026-11-30', 'png')).toBe('Visits-per-day-client-top_2026-11-01_2026-11-30.png');
  });
});
