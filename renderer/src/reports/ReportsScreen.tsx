import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type { ReportRange } from '../../../contract/reports';
import { useDesk } from '../context/DeskContext';
import { HandlingSection } from './HandlingSection';
import { MonthlyReportPrint } from './MonthlyReportPrint';
import { PeakSection } from './PeakSection';
import { PreferencesSection } from './PreferencesSection';
import { defaultPrintMonth, presetOf, presetRange, type ReportPreset } from './presets';
import { ReportFilters, type ReportFilterValue } from './ReportFilters';
import { ServiceSection } from './ServiceSection';
import { useReportWords } from './useReportWords';
import { VisitsSection } from './VisitsSection';
import './reports.css';

const today = () => dayjs().format('YYYY-MM-DD');

/**
 * 报表: the office's numbers (DIGEST 05, 06) for a range, by day, week or
 * month, for all clients or one. Each section asks main on its own, draws its
 * charts with the tables under them, and exports them as PNG; the month
 * prints as an A4 report.
 */
export function ReportsScreen() {
  const w = useReportWords();
  const { can } = useDesk();
  const [filters, setFilters] = useState<ReportFilterValue>(() => ({ ...presetRange('thisMonth', today()), clientId: null, preset: 'thisMonth' }));
  const [printMonth, setPrintMonth] = useState(() => defaultPrintMonth(filters.to, today()));
  const range: ReportRange = useMemo(() => ({ from: filters.from, to: filters.to, granularity: filters.granularity, clientId: filters.clientId }), [filters.from, filters.to, filters.granularity, filters.clientId]);

  const change = (patch: Partial<ReportFilterValue>) => {
    setFilters((f) => {
      const next = { ...f, ...patch };
      // Dates picked by hand that happen to be "last month" say so; any others are a custom range.
      return patch.from || patch.to ? { ...next, preset: presetOf(next.from, next.to, today()) ?? 'custom' } : next;
    });
    if (patch.to) setPrintMonth(defaultPrintMonth(patch.to, today()));
  };
  const choosePreset = (preset: ReportPreset) => change(presetRange(preset, today()));

  return (
    <div className="reports-page" data-testid="reports-page">
      <div className="reports-toolbar">
        <ReportFilters value={filters} onPreset={choosePreset} onChange={change} w={w} />
        {can('reports.view') && <MonthlyReportPrint month={printMonth} onMonth={setPrintMonth} clientId={filters.clientId} w={w} />}
      </div>
      <VisitsSection range={range} w={w} />
      <PeakSection range={range} w={w} />
      <HandlingSection range={range} w={w} />
      <PreferencesSection range={range} w={w} />
      <ServiceSection range={range} w={w} />
    </div>
  );
}
