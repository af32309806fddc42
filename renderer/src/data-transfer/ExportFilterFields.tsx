import { lengthCount } from '../lib/fieldLimit';
import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CLIENT_TIERS } from '../../../contract/clients';
import { personExportFilters, type ExportDataset } from '../../../contract/data-export';
import { PLAN_STATUSES } from '../../../contract/plans';
import { VISIT_KINDS, VISIT_STATUSES } from '../../../contract/visits';
import { ClientSelect } from '../directory/ClientSelect';

/** Every dataset's filters in one bag; the screen sends only the ones its dataset takes (exportRequestOf). */
export interface ExportFilterValues {
  from: string | null;
  to: string | null;
  query: string;
  visitStatus: string | null;
  visitKind: string | null;
  planStatuses: string[];
  clientId: string | null;
  tier: string | null;
  withoutClient: boolean;
  unscheduled: boolean;
  includeArchived: boolean;
}

export const NO_FILTERS: ExportFilterValues = { from: null, to: null, query: '', visitStatus: null, visitKind: null, planStatuses: [], clientId: null, tier: null, withoutClient: false, unscheduled: false, includeArchived: false };

const day = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The filters main takes for `dataset`, from the screen's values (blank ones left out). */
export function filtersFor(dataset: ExportDataset, v: ExportFilterValues): Record<string, unknown> {
  const range = { ...(v.from && { from: v.from }), ...(v.to && { to: v.to }) };
  const query = v.query.trim() ? { query: v.query.trim() } : {};
  switch (dataset) {
    case 'visits':
      return { ...range, ...query, ...(v.visitStatus && { status: v.visitStatus }), ...(v.visitKind && { kind: v.visitKind }) };
    case 'visitors':
      return { ...range, ...query };
    case 'plans':
      return { ...range, ...query, ...(v.planStatuses.length && { status: v.planStatuses }), ...(v.clientId && { clientId: v.clientId }), ...(v.unscheduled && { unscheduled: true }) };
    case 'clients':
      return { ...query, ...(v.tier && { tier: v.tier }), ...(v.includeArchived && { includeArchived: true }) };
    case 'people':
      return { ...query, ...(v.withoutClient && { withoutClient: true }) };
  }
}

interface Props {
  dataset: ExportDataset;
  value: ExportFilterValues;
  onChange: (patch: Partial<ExportFilterValues>) => void;
}

/** The export tab's filters for one dataset: the same ones its list has. */
export function ExportFilterFields({ dataset, value, onChange }: Props) {
  const { t } = useTranslation();
  const hasRange = dataset === 'visits' || dataset === 'visitors' || dataset === 'plans';
  return (
    <>
      {hasRange && (
        <Form.Item label={t('dataExport.range')}>
          <DatePicker.RangePicker
            value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
            allowEmpty={[true, true]}
            onChange={(r) => onChange({ from: day(r?.[0]), to: day(r?.[1]) })}
            placeholder={[t('dataExport.rangeStart'), t('dataExport.rangeEnd')]}
            aria-label={t('dataExport.range')}
            data-testid="export-filter-range"
          />
        </Form.Item>
      )}
      {dataset === 'visits' && (
        <>
          <Form.Item label={t('dataExport.status')}>
            <Select
              allowClear
              placeholder={t('dataExport.anyStatus')}
              value={value.visitStatus}
              onChange={(s: string | undefined) => onChange({ visitStatus: s ?? null })}
              options={VISIT_STATUSES.map((s) => ({ value: s, label: t(`dataExport.visitStatus.${s}`) }))}
              data-testid="export-filter-status"
            />
          </Form.Item>
          <Form.Item label={t('dataExport.kind')}>
            <Select
              allowClear
              placeholder={t('dataExport.anyKind')}
              value={value.visitKind}
              onChange={(s: string | undefined) => onChange({ visitKind: s ?? null })}
              options={VISIT_KINDS.map((k) => ({ value: k, label: t(`dataExport.visitKind.${k}`) }))}
              data-testid="export-filter-kind"
            />
          </Form.Item>
        </>
      )}
      {dataset === 'plans' && (
        <>
          <Form.Item label={t('dataExport.status')}>
            <Select
              mode="multiple"
              allowClear
              placeholder={t('dataExport.anyStatus')}
              value={value.planStatuses}
              onChange={(s: string[]) => onChange({ planStatuses: s })}
              options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`planStatus.${s}`) }))}
              data-testid="export-filter-plan-status"
            />
          </Form.Item>
          <Form.Item label={t('dataExport.client')}>
            <ClientSelect value={value.clientId} onChange={(id) => onChange({ clientId: id })} data-testid="export-filter-client" />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={value.unscheduled} onChange={(e) => onChange({ unscheduled: e.target.checked })}>
              {t('dataExport.unscheduled')}
            </Checkbox>
          </Form.Item>
        </>
      )}
      {dataset === 'clients' && (
        <Form.Item label={t('dataExport.tier')}>
          <Select
            allowClear
            placeholder={t('dataExport.anyTier')}
            value={value.tier}
            onChange={(s: string | undefined) => onChange({ tier: s ?? null })}
            options={CLIENT_TIERS.map((s) => ({ value: s, label: t(`tiers.${s}`) }))}
            data-testid="export-filter-tier"
          />
        </Form.Item>
      )}
      {dataset === 'clients' && (
        <Form.Item>
          <Checkbox checked={value.includeArchived} onChange={(e) => onChange({ includeArchived: e.target.checked })} data-testid="export-filter-archived">
            {t('dataExport.includeArchived')}
          </Checkbox>
        </Form.Item>
      )}
      <Form.Item label={t('dataExport.keyword')}>
        <Input allowClear {...lengthCount(personExportFilters.shape.query, 'whenOver')} value={value.query} placeholder={t('dataExport.keywordPlaceholder')} onChange={(e) => onChange({ query: e.target.value })} data-testid="export-filter-query" />
      </Form.Item>
      {dataset === 'people' && (
        <Form.Item>
          <Checkbox checked={value.withoutClient} onChange={(e) => onChange({ withoutClient: e.target.checked })}>
            {t('dataExport.withoutClient')}
          </Checkbox>
        </Form.Item>
      )}
    </>
  );
}
