import { DatePicker, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompliancePanel } from './CompliancePanel';
import { CompletenessPanel } from './CompletenessPanel';
import { InspectionsPanel } from './InspectionsPanel';

const SECTIONS = ['compliance', 'inspections', 'completeness'] as const;
type Section = (typeof SECTIONS)[number];

export interface DayRange {
  from: string;
  to: string;
}

/** 质量: on-time rates, inspections with scores, and the record-completeness audit, for one chosen period. */
export function QualityScreen() {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('compliance');
  const [range, setRange] = useState<DayRange>(() => ({ from: dayjs().startOf('month').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD') }));
  return (
    <div className="quality-screen" data-testid="quality-screen">
      <div className="checklists-toolbar">
        <Segmented
          aria-label={t('checklists.quality.title')}
          value={section}
          onChange={(value) => setSection(value as Section)}
          options={SECTIONS.map((s) => ({ value: s, label: <span data-testid={`quality-section-${s}`}>{t(`checklists.quality.sections.${s}`)}</span> }))}
        />
        <span className="checklists-toolbar__field" data-testid="quality-range">
          <label htmlFor="quality-range">{t('checklists.quality.range')}</label>
          <DatePicker.RangePicker
            id={{ start: 'quality-range' }}
            value={[dayjs(range.from), dayjs(range.to)]}
            allowClear={false}
            onChange={(days) => {
              const [from, to] = (days ?? []) as [Dayjs | null, Dayjs | null];
              if (from && to) setRange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
            }}
          />
        </span>
      </div>
      {section === 'compliance' && <CompliancePanel range={range} />}
      {section === 'inspections' && <InspectionsPanel range={range} />}
      {section === 'completeness' && <CompletenessPanel range={range} />}
    </div>
  );
}
