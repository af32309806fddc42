import { DatePicker, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { REPORT_GRANULARITIES, type ReportGranularity } from '../../../contract/reports';
import { ClientSelect } from '../directory/ClientSelect';
import type { ReportWords } from '../report-charts/words';
import { REPORT_PRESETS, type ReportPreset } from './presets';

export interface ReportFilterValue {
  from: string;
  to: string;
  granularity: ReportGranularity;
  clientId: string | null;
  /** The preset the range is, or 'custom' for dates picked by hand that are none. */
  preset: ReportPreset | 'custom';
}

interface Props {
  value: ReportFilterValue;
  onPreset: (preset: ReportPreset) => void;
  onChange: (patch: Partial<ReportFilterValue>) => void;
  w: ReportWords;
}

/** Period (day / week / month), a preset range or dates picked by hand, and one client or all. */
export function ReportFilters({ value, onPreset, onChange, w }: Props) {
  return (
    <div className="report-filters" data-testid="report-filters">
      <Segmented<ReportGranularity>
        aria-label={w.t('reports.filters.granularity')}
        value={value.granularity}
        onChange={(granularity) => onChange({ granularity })}
        options={REPORT_GRANULARITIES.map((g) => ({ value: g, label: <span data-testid={`report-granularity-${g}`}>{w.t(`reports.filters.${g}`)}</span> }))}
      />
      <Select<ReportPreset | 'custom'>
        aria-label={w.t('reports.filters.preset')}
        className="report-filters__preset"
        value={value.preset}
        onChange={(preset) => preset !== 'custom' && onPreset(preset)}
        options={[...REPORT_PRESETS, 'custom' as const].map((p) => ({ value: p, label: w.t(`reports.filters.presets.${p}`), disabled: p === 'custom' }))}
        data-testid="report-preset"
      />
      <DatePicker.RangePicker
        aria-label={w.t('reports.filters.range')}
        value={[dayjs(value.from), dayjs(value.to)]}
        allowClear={false}
        onChange={(days) => {
          const [from, to] = (days ?? []) as [Dayjs | null, Dayjs | null];
          if (from && to) onChange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
        }}
        data-testid="report-range"
      />
      <span className="report-filters__client">
        <label htmlFor="report-client">{w.t('reports.filters.client')}</label>
        <ClientSelect id="report-client" value={value.clientId} onChange={(clientId) => onChange({ clientId })} data-testid="report-client" />
      </span>
    </div>
  );
}
