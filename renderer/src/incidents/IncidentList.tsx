import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Input, Segmented, Select, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_CATEGORIES, INCIDENT_LIST_FILTERS, INCIDENT_TIERS, type IncidentCategory, type IncidentSummary, type IncidentTier } from '../../../contract/incidents';
import { ownerText } from '../incident-form/incidentText';
import { errorText } from '../lib/errors';
import { formatFull } from '../lib/format';
import { useNow } from '../lib/useNow';
import { DeadlineText, IncidentStatusTag, IncidentTierTag } from './IncidentMarks';
import { useIncidentList, type IncidentQuery } from './useIncidentList';

type Filter = (typeof INCIDENT_LIST_FILTERS)[number];

interface Props {
  selectedId: string | null;
  onOpen: (id: string) => void;
  onRecord: (() => void) | null;
  /** Bumped after a change in the drawer or a new record, to load again. */
  version: number;
}

/** What the search box holds settles for a moment before it is asked: one query per pause, not per key. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The incidents: filters above, a row each with urgency, status, owner and the time limit counting down. */
export function IncidentList({ selectedId, onOpen, onRecord, version }: Props) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const [filter, setFilter] = useState<Filter>('open');
  const [category, setCategory] = useState<IncidentCategory | undefined>();
  const [tier, setTier] = useState<IncidentTier | undefined>();
  const [range, setRange] = useState<[string, string] | null>(null);
  const [typed, setTyped] = useState('');
  const search = useSettled(typed.trim(), 200);
  const query: IncidentQuery = { filter, category, tier, from: range?.[0], to: range?.[1], query: search === '' ? undefined : search };
  const list = useIncidentList(query);
  const { refresh } = list;
  useEffect(() => {
    if (version > 0) void refresh();
  }, [version, refresh]);

  const columns: TableColumnsType<IncidentSummary> = [
    { key: 'code', title: t('incidents.list.columns.code'), className: 'incident-col--fit', render: (_, i) => <span className="incident-code">{i.code}</span> },
    {
      key: 'title',
      title: t('incidents.list.columns.title'),
      render: (_, i) => (
        <div className="incident-title-cell">
          <span className="incident-title-cell__title">{i.title}</span>
          <span className="incident-title-cell__sub">
            {t(`incidents.category.${i.category}`)}
            {[i.personName, i.clientName, i.planTitle].filter(Boolean).map((x) => ` · ${x}`)}
          </span>
        </div>
      ),
    },
    { key: 'tier', title: t('incidents.list.columns.tier'), className: 'incident-col--fit', render: (_, i) => <IncidentTierTag tier={i.tier} escalations={i.escalations} /> },
    { key: 'status', title: t('incidents.list.columns.status'), className: 'incident-col--fit', render: (_, i) => <IncidentStatusTag status={i.status} /> },
    { key: 'owner', title: t('incidents.list.columns.owner'), className: 'incident-col--owner', render: (_, i) => <span data-testid="incident-owner">{ownerText(t, i)}</span> },
    { key: 'deadline', title: t('incidents.list.columns.deadline'), className: 'incident-col--fit', render: (_, i) => <DeadlineText incident={i} now={now} /> },
    { key: 'received', title: t('incidents.list.columns.received'), className: 'incident-col--fit', render: (_, i) => formatFull(i.receivedAt).slice(0, 16) },
  ];

  return (
    <div className="incident-list" data-testid="incident-list">
      <div className="incidents-toolbar">
        <Segmented
          aria-label={t('incidents.list.title')}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          options={INCIDENT_LIST_FILTERS.map((f) => ({ value: f, label: <span data-testid={`incident-filter-${f}`}>{t(`incidents.filter.${f}`)}</span> }))}
        />
        <Select
          allowClear
          className="incidents-toolbar__select"
          aria-label={t('incidents.list.category')}
          placeholder={t('incidents.list.allCategories')}
          value={category}
          onChange={(v?: IncidentCategory) => setCategory(v)}
          options={INCIDENT_CATEGORIES.map((c) => ({ value: c, label: t(`incidents.category.${c}`) }))}
        />
        <Select
          allowClear
          className="incidents-toolbar__select"
          aria-label={t('incidents.list.tier')}
          placeholder={t('incidents.list.allTiers')}
          value={tier}
          onChange={(v?: IncidentTier) => setTier(v)}
          options={INCIDENT_TIERS.map((x) => ({ value: x, label: t(`incidents.tier.${x}`) }))}
        />
        <DatePicker.RangePicker
          aria-label={t('incidents.list.range')}
          value={range ? [dayjs(range[0]), dayjs(range[1])] : null}
          onChange={(days) => {
            const [from, to] = (days ?? []) as [Dayjs | null, Dayjs | null];
            setRange(from && to ? [from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')] : null);
          }}
        />
        <Input
          className="incidents-toolbar__search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('incidents.list.search')}
          aria-label={t('incidents.list.search')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          data-testid="incident-search"
        />
        {onRecord && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onRecord} className="incidents-toolbar__end" data-testid="incident-list-record">
            {t('incidents.list.record')}
          </Button>
        )}
      </div>
      {list.error && <Alert type="warning" showIcon title={errorText(list.error)} />}
      <Table<IncidentSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText: t('incidents.list.empty') }}
        rowClassName={(i) => [i.id === selectedId ? 'incident-row--selected' : '', i.overdue ? 'incident-row--overdue' : ''].join(' ')}
        onRow={(i) =>
          ({
            // A row opens its incident by click, or by Enter once tabbed to.
            onClick: () => onOpen(i.id),
            onKeyDown: (e: React.KeyboardEvent) => e.key === 'Enter' && onOpen(i.id),
            tabIndex: 0,
            'aria-label': `${i.code} ${i.title}`,
            'data-testid': 'incident-row',
            'data-code': i.code,
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
      {list.nextCursor && (
        <div className="incident-list__more">
          <Button onClick={() => void list.loadMore()}>{t('incidents.list.loadMore')}</Button>
        </div>
      )}
    </div>
  );
}
