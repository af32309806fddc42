import { useMemo } from 'react';
import type { HandlingReport, ReportRange } from '../../../contract/reports';
import { api } from '../api/client';
import { hasHandlingTimes, handlingOption, handlingStats, handlingTable, peakOnSiteOption, peakOnSiteTable } from '../report-charts/handlingCharts';
import type { ReportWords } from '../report-charts/words';
import { ChartCard } from './ChartCard';
import { ReportSection } from './ReportSection';
import { SectionState } from './SectionState';
import { StatTiles } from './StatTiles';
import { useReport } from './useReport';

const load = (range: ReportRange) => api.reports.handling(range);

function HandlingFigures({ report, w }: { report: HandlingReport; w: ReportWords }) {
  const period = w.t(`reports.periodNames.${report.range.granularity}`);
  const charts = useMemo(
    () => ({
      times: hasHandlingTimes(report) ? handlingOption(report, w, 'screen') : null,
      peak: report.peakOnSite.count > 0 ? peakOnSiteOption(report, w, 'screen') : null,
    }),
    [report, w],
  );
  return (
    <>
      <StatTiles tiles={handlingStats(report, w)} testId="report-handling-stats" />
      <div className="report-pair">
        <ChartCard title={w.t('reports.charts.handling', { period })} option={charts.times} height={280} table={handlingTable(report, w)} counted={report.range} w={w} testId="report-handling" />
        <ChartCard title={w.t('reports.charts.peakOnSite', { period })} option={charts.peak} height={280} table={peakOnSiteTable(report, w)} counted={report.range} w={w} testId="report-onsite" />
      </div>
    </>
  );
}

/** Registration at the desk, arrival to check-in, visit length, and the most on site at once. */
export function HandlingSection({ range, w }: { range: ReportRange; w: ReportWords }) {
  const { state, retry } = useReport(load, range);
  return (
    <ReportSection title={w.t('reports.sections.handling')} testId="report-section-handling">
      <SectionState state={state} retry={retry} w={w} testId="report-handling">
        {(report) => <HandlingFigures report={report} w={w} />}
      </SectionState>
    </ReportSection>
  );
}
