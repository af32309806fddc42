import { useMemo } from 'react';
import type { ReportRange, ServiceReport } from '../../../contract/reports';
import { api } from '../api/client';
import { hasServiceRates, ratesOption, satisfactionOption, satisfactionTable, serviceStats, serviceTable } from '../report-charts/serviceCharts';
import type { ReportWords } from '../report-charts/words';
import { ChartCard } from './ChartCard';
import { ReportSection } from './ReportSection';
import { SectionState } from './SectionState';
import { StatTiles } from './StatTiles';
import { useReport } from './useReport';

const load = (range: ReportRange) => api.reports.service(range);

function ServiceFigures({ report, w }: { report: ServiceReport; w: ReportWords }) {
  const period = w.t(`reports.periodNames.${report.range.granularity}`);
  const charts = useMemo(
    () => ({
      satisfaction: report.satisfaction.responses > 0 ? satisfactionOption(report, w, 'screen') : null,
      rates: hasServiceRates(report) ? ratesOption(report, w, 'screen') : null,
    }),
    [report, w],
  );
  return (
    <>
      <StatTiles tiles={serviceStats(report, w)} testId="report-service-stats" />
      <div className="report-pair">
        <ChartCard title={w.t('reports.charts.satisfaction')} option={charts.satisfaction} height={260} table={satisfactionTable(report, w)} counted={report.range} w={w} testId="report-satisfaction" />
        <ChartCard title={w.t('reports.charts.rates', { period })} option={charts.rates} height={260} table={serviceTable(report, w)} counted={report.range} w={w} testId="report-rates" />
      </div>
    </>
  );
}

/** Satisfaction, complaints, and incidents, checklists and follow-ups done on time. */
export function ServiceSection({ range, w }: { range: ReportRange; w: ReportWords }) {
  const { state, retry } = useReport(load, range);
  return (
    <ReportSection title={w.t('reports.sections.service')} testId="report-section-service">
      <SectionState state={state} retry={retry} w={w} testId="report-service">
        {(report) => <ServiceFigures report={report} w={w} />}
      </SectionState>
    </ReportSection>
  );
}
