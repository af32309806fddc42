import type { EChartsCoreOption } from 'echarts/core';
import type { MonthlyReportJob } from '../../../../contract/print';
import { PREFERENCE_KINDS } from '../../../../contract/reports';
import { EChart } from '../../report-charts/EChart';
import { hasHandlingTimes, handlingOption, handlingStats, handlingTable, peakOnSiteOption, peakOnSiteTable } from '../../report-charts/handlingCharts';
import { formatNumber } from '../../report-charts/numbers';
import { busiestTable, hasCheckIns, heatmapOption, heatmapTable } from '../../report-charts/peakCharts';
import { dateLabel, monthLabel } from '../../report-charts/periods';
import { hasPreferences, preferenceClientsTable, preferenceHeight, preferenceOption, preferenceTable } from '../../report-charts/preferenceCharts';
import { hasServiceRates, ratesOption, satisfactionOption, satisfactionTable, serviceStats, serviceTable } from '../../report-charts/serviceCharts';
import type { ReportTable } from '../../report-charts/table';
import { byClientOption, byClientTable, byTierOption, byTierTable, hasClientBars, hasTierSlices, visitsOption, visitsTable } from '../../report-charts/visitCharts';
import { reportWords, type ReportWords } from '../../report-charts/words';
import '../../report-charts/paperCharts';
import { Facts } from './Facts';
import { Masthead } from './Masthead';
import { ReportTableDoc } from './ReportTableDoc';
import type { Words } from './words';
import './monthlyReport.css';

interface FigureProps {
  title: string;
  option: EChartsCoreOption | null;
  height: number;
  table: ReportTable;
  w: ReportWords;
  testId: string;
}

/** One chart and its table; a chart with nothing to draw says so instead of printing empty axes. */
function Figure({ title, option, height, table, w, testId }: FigureProps) {
  return (
    <figure className="doc-report__figure" data-testid={testId}>
      <h3 className="doc-h3">{title}</h3>
      {option ? <EChart option={option} height={height} renderer="svg" label={title} /> : <p className="doc-empty">{w.t('reports.empty')}</p>}
      <ReportTableDoc table={table} testId={`${testId}-table`} />
    </figure>
  );
}

/**
 * The monthly report on A4 (issue 16): the reports screen's charts, drawn
 * once as SVG with no animation, each with its table under it, in the
 * report's own language.
 */
export function MonthlyReport({ job, w: docWords }: { job: MonthlyReportJob; w: Words }) {
  const w = reportWords(job.locale);
  const { visits, peakHours, handling, preferences, service } = job;
  const period = w.t('reports.periodNames.day');
  const month = monthLabel(job.month, w);
  const n = (v: number) => formatNumber(v, w);
  const summary = [
    { label: w.t('reports.stats.visits'), value: n(visits.totals.visits) },
    { label: w.t('reports.stats.walkIns'), value: n(visits.totals.walkIns) },
    { label: w.t('reports.stats.planned'), value: n(visits.totals.planned) },
    ...[...handlingStats(handling, w), ...serviceStats(service, w)].map((s) => ({ label: s.title, value: s.note ? w.t('reports.withNote', { value: s.value, note: s.note }) : s.value })),
  ];
  return (
    <article className="doc doc-report" data-testid="doc-monthly-report">
      <Masthead
        hostName={job.hostName}
        hostLogo={job.hostLogo}
        stamp={docWords.p('doc.internalStamp')}
        kicker={w.t('reports.monthly.header')}
        title={w.t('reports.monthly.title', { month })}
        subtitle={
          <span className="doc-masthead__date">
            {job.clientName ? w.t('reports.monthly.client', { client: job.clientName }) : w.t('reports.monthly.allClients')}
            {' · '}
            {w.t('reports.monthly.range', { from: dateLabel(visits.range.from, w), to: dateLabel(visits.range.to, w) })}
          </span>
        }
      />
      <section className="doc-section">
        <h2 className="doc-h2">{w.t('reports.monthly.summary')}</h2>
        <Facts columns={2} facts={summary} />
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w.t('reports.sections.visits')}</h2>
        <Figure title={w.t('reports.charts.visits', { period })} option={visits.totals.visits > 0 ? visitsOption(visits, w, 'paper') : null} height={250} table={visitsTable(visits, w)} w={w} testId="doc-report-visits" />
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w.t('reports.sections.clients')}</h2>
        <Figure
          title={w.t('reports.charts.byClient')}
          option={hasClientBars(visits) ? byClientOption(visits, w, 'paper') : null}
          height={Math.max(140, 30 + (visits.byClient.length + (visits.otherClients > 0 ? 1 : 0)) * 22)}
          table={byClientTable(visits, w)}
          w={w}
          testId="doc-report-clients"
        />
        <Figure title={w.t('reports.charts.byTier')} option={hasTierSlices(visits) ? byTierOption(visits, w, 'paper') : null} height={220} table={byTierTable(visits, w)} w={w} testId="doc-report-tiers" />
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w.t('reports.sections.peak')}</h2>
        <Figure title={w.t('reports.charts.heatmap')} option={hasCheckIns(peakHours) ? heatmapOption(peakHours, w, 'paper') : null} height={240} table={heatmapTable(peakHours, w)} w={w} testId="doc-report-heatmap" />
        <h3 className="doc-h3">{w.t('reports.charts.busiest')}</h3>
        <ReportTableDoc table={busiestTable(peakHours, w)} testId="doc-report-busiest" />
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w.t('reports.sections.handling')}</h2>
        <Figure
          title={w.t('reports.charts.handling', { period })}
          option={hasHandlingTimes(handling) ? handlingOption(handling, w, 'paper') : null}
          height={240}
          table={handlingTable(handling, w)}
          w={w}
          testId="doc-report-handling"
        />
        <Figure title={w.t('reports.charts.peakOnSite', { period })} option={handling.peakOnSite.count > 0 ? peakOnSiteOption(handling, w, 'paper') : null} height={200} table={peakOnSiteTable(handling, w)} w={w} testId="doc-report-onsite" />
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w.t('reports.sections.preferences')}</h2>
        <p className="doc-muted">{`${w.t('reports.stats.guests')}: ${n(preferences.guests)}`}</p>
        {PREFERENCE_KINDS.map((kind) => (
          <Figure
            key={kind}
            title={w.t('reports.charts.preference', { kind: w.t(`reports.kinds.${kind}`) })}
            option={hasPreferences(preferences, kind) ? preferenceOption(preferences, kind, w, 'paper') : null}
            height={preferenceHeight(preferences, kind)}
            table={preferenceTable(preferences, kind, w)}
            w={w}
            testId={`doc-report-preference-${kind}`}
          />
        ))}
        {preferences.clients.length > 0 && (
          <>
            <h3 className="doc-h3">{w.t('reports.charts.preferenceClients')}</h3>
            <ReportTableDoc table={preferenceClientsTable(preferences, w)} testId="doc-report-preference-clients" />
          </>
        )}
      </section>
      <section className="doc-section">
        <h2 className="doc-h2">{w.t('reports.sections.service')}</h2>
        <Figure title={w.t('reports.charts.satisfaction')} option={service.satisfaction.responses > 0 ? satisfactionOption(service, w, 'paper') : null} height={200} table={satisfactionTable(service, w)} w={w} testId="doc-report-satisfaction" />
        <Figure
          title={w.t('reports.charts.rates', { period })}
          option={hasServiceRates(service) ? ratesOption(service, w, 'paper') : null}
          height={240}
          table={serviceTable(service, w)}
          w={w}
          testId="doc-report-rates"
        />
      </section>
    </article>
  );
}
