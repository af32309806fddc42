import { Card } from 'antd';
import { useMemo } from 'react';
import { PREFERENCE_KINDS, type PreferencesReport, type ReportRange } from '../../../contract/reports';
import { api } from '../api/client';
import { formatNumber } from '../report-charts/numbers';
import { hasPreferences, preferenceClientsTable, preferenceHeight, preferenceOption, preferenceTable } from '../report-charts/preferenceCharts';
import type { ReportWords } from '../report-charts/words';
import { ChartCard } from './ChartCard';
import { ReportSection } from './ReportSection';
import { ReportTableView } from './ReportTableView';
import { SectionState } from './SectionState';
import { StatTiles } from './StatTiles';
import { useReport } from './useReport';

const load = (range: ReportRange) => api.reports.preferences(range);

function PreferenceFigures({ report, w }: { report: PreferencesReport; w: ReportWords }) {
  const options = useMemo(() => PREFERENCE_KINDS.map((kind) => (hasPreferences(report, kind) ? preferenceOption(report, kind, w, 'screen') : null)), [report, w]);
  const tiles = [{ key: 'guests', title: w.t('reports.stats.guests'), value: formatNumber(report.guests, w), note: '' }];
  return (
    <>
      <StatTiles tiles={tiles} testId="report-preferences-stats" />
      <div className="report-grid">
        {PREFERENCE_KINDS.map((kind, i) => (
          <ChartCard
            key={kind}
            title={w.t('reports.charts.preference', { kind: w.t(`reports.kinds.${kind}`) })}
            option={options[i] ?? null}
            height={preferenceHeight(report, kind)}
            table={preferenceTable(report, kind, w)}
            counted={report.range}
            w={w}
            testId={`report-preference-${kind}`}
          />
        ))}
      </div>
      {report.clients.length > 0 && (
        <Card size="small" title={w.t('reports.charts.preferenceClients')} className="report-card" data-testid="report-preference-clients">
          <ReportTableView table={preferenceClientsTable(report, w)} testId="report-preference-clients-table" />
        </Card>
      )}
    </>
  );
}

/** Diets, transport, accessibility and other needs across the guests of plans in the range. */
export function PreferencesSection({ range, w }: { range: ReportRange; w: ReportWords }) {
  const { state, retry } = useReport(load, range);
  return (
    <ReportSection title={w.t('reports.sections.preferences')} testId="report-section-preferences">
      <SectionState state={state} retry={retry} w={w} testId="report-preferences">
        {(report) => <PreferenceFigures report={report} w={w} />}
      </SectionState>
    </ReportSection>
  );
}
