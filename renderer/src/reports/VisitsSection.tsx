import { useMemo } from 'react';
import type { ReportRange, VisitsReport } from '../../../contract/reports';
import { api } from '../api/client';
import { formatNumber } from '../report-charts/numbers';
import { byClientOption, byClientTable, byTierOption, byTierTable, hasClientBars, hasTierSlices, visitsOption, visitsTable } from '../report-charts/visitCharts';
import type { ReportWords } from '../report-charts/words';
import { ChartCard } from './ChartCard';
import { ReportSection } from './ReportSection';
import { SectionState } from './SectionState';
import { StatTiles } from './StatTiles';
import { useReport } from './useReport';

const load = (range: ReportRange) => api.reports.visits(range);

function VisitsFigures({ report, w }: { report: VisitsReport; w: ReportWords }) {
  const period = w.t(`reports.periodNames.${report.range.granularity}`);
  const charts = useMemo(
    () => ({
      visits: report.totals.visits > 0 ? visitsOption(report, w, 'screen') : null,
      byClient: hasClientBars(report) ? byClientOption(report, w, 'screen') : null,
      byTier: hasTierSlices(report) ? byTierOption(report, w, 'screen') : null,
    }),
    [report, w],
  );
  const n = (v: number) => formatNumber(v, w);
  const tiles = [
    { key: 'visits', title: w.t('reports.stats.visits'), value: n(report.totals.visits), note: '' },
    { key: 'walkIns', title: w.t('reports.stats.walkIns'), value: n(report.totals.walkIns), note: '' },
    { key: 'planned', title: w.t('reports.stats.planned'), value: n(report.totals.planned), note: '' },
  ];
  const clientRows = report.byClient.length + (report.otherClients > 0 ? 1 : 0);
  return (
    <>
      <StatTiles tiles={tiles} testId="report-visits-stats" />
      <ChartCard title={w.t('reports.charts.visits', { period })} option={charts.visits} height={300} table={visitsTable(report, w)} counted={report.range} w={w} testId="report-visits" />
      <div className="report-pair">
        <ChartCard
          title={w.t('reports.charts.byClient')}
          option={charts.byClient}
          height={Math.max(200, 40 + clientRows * 26)}
          table={byClientTable(report, w)}
          counted={report.range}
          w={w}
          testId="report-clients"
        />
        <ChartCard title={w.t('reports.charts.byTier')} option={charts.byTier} height={260} table={byTierTable(report, w)} counted={report.range} w={w} testId="report-tiers" />
      </div>
    </>
  );
}

/** Visits and visitors per period, walk-in and planned, by client and tier. */
export function VisitsSection({ range, w }: { range: ReportRange; w: ReportWords }) {
  const { state, retry } = useReport(load, range);
  return (
    <ReportSection title={w.t('reports.sections.visits')} testId="report-section-visits">
      <SectionState state={state} retry={retry} w={w} testId="report-visits">
        {(report) => <VisitsFigures report={report} w={w} />}
      </SectionState>
    </ReportSection>
  );
}
