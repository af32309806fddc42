import { useMemo } from 'react';
import type { PeakHoursReport, ReportRange } from '../../../contract/reports';
import { api } from '../api/client';
import { busiestTable, hasCheckIns, heatmapOption, heatmapTable } from '../report-charts/peakCharts';
import type { ReportWords } from '../report-charts/words';
import { ChartCard } from './ChartCard';
import { ReportSection } from './ReportSection';
import { ReportTableView } from './ReportTableView';
import { SectionState } from './SectionState';
import { useReport } from './useReport';
import { Card } from 'antd';

const load = (range: ReportRange) => api.reports.peakHours(range);

function PeakFigures({ report, w }: { report: PeakHoursReport; w: ReportWords }) {
  const option = useMemo(() => (hasCheckIns(report) ? heatmapOption(report, w, 'screen') : null), [report, w]);
  return (
    <div className="report-pair report-pair--wide">
      <ChartCard title={w.t('reports.charts.heatmap')} option={option} height={300} table={heatmapTable(report, w)} counted={report.range} w={w} testId="report-heatmap" />
      <Card size="small" title={w.t('reports.charts.busiest')} className="report-card" data-testid="report-busiest">
        <ReportTableView table={busiestTable(report, w)} testId="report-busiest-table" />
      </Card>
    </div>
  );
}

/** Check-ins by weekday and hour, and the desk's busiest hours. */
export function PeakSection({ range, w }: { range: ReportRange; w: ReportWords }) {
  const { state, retry } = useReport(load, range);
  return (
    <ReportSection title={w.t('reports.sections.peak')} testId="report-section-peak">
      <SectionState state={state} retry={retry} w={w} testId="report-peak">
        {(report) => <PeakFigures report={report} w={w} />}
      </SectionState>
    </ReportSection>
  );
}
