import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAST_PLAN_STATUSES, type PastVisitSummary } from '../../../contract/past-visits';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { ClientSelect } from '../directory/ClientSelect';
import { errorText } from '../lib/errors';
import { pageHash } from '../lib/useHashRoute';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../search/usePagedSearch';
import { PendingChanges } from './PendingChanges';

type Status = (typeof PAST_PLAN_STATUSES)[number];
const dayOf = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** Past visits, newest first, a page at a time; searched by the app's search engine, filtered by client, days and status. */
export function PastVisitList() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const [clientId, setClientId] = useState<string | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [rows, setRows] = useState<PastVisitSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const from = dayOf(range?.[0]);
  const to = dayOf(range?.[1]);

  const load = (after: string | null, replace: boolean, isCancelled: () => boolean = () => false) => {
    setLoading(true);
    void api.pastVisits
      .list({ ...(query && { query }), ...(clientId && { clientId }), ...(from && { from }), ...(to && { to }), ...(status && { status }), ...(after && { cursor: after }), limit: 50 })
      .then((result) => {
        if (isCancelled()) return;
        setLoading(false);
        setError(result.ok ? null : result.error);
        if (!result.ok) return;
        setRows((before) => (replace ? result.value.items : [...before, ...result.value.items]));
        setCursor(result.value.nextCursor);
      });
  };

  useEffect(() => {
    let cancelled = false;
    load(null, true, () => cancelled);
    return () => {
      cancelled = true;
    };
    // The filters are the list's keys: a change reloads it from its first page.
  }, [query, clientId, from, to, status]);

  const columns: TableColumnsType<PastVisitSummary> = [
    { key: 'title', title: t('pastVisits.columns.title'), render: (_, p) => <strong>{p.title}</strong> },
    { key: 'client', title: t('pastVisits.columns.client'), render: (_, p) => p.clientName ?? '' },
    { key: 'arrival', title: t('pastVisits.columns.arrival'), width: 160, render: (_, p) => (p.arrivalAt ?? '').replace('T', ' ') },
    { key: 'guests', title: t('pastVisits.columns.guests'), width: 80, dataIndex: 'guestCount' },
    { key: 'status', title: t('pastVisits.columns.status'), width: 100, render: (_, p) => <Tag>{t(`planStatus.${p.status}`)}</Tag> },
    {
      key: 'pending',
      title: t('pastVisits.columns.pending'),
      width: 110,
      render: (_, p) => (p.pendingChanges > 0 ? <Tag color="orange">{p.pendingChanges}</Tag> : null),
    },
  ];

  return (
    <div className="past-visits">
      <PendingChanges onDecided={() => load(null, true)} />
      <div className="past-visits__toolbar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          className="past-visits__search"
          placeholder={t('pastVisits.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="past-visits-search"
        />
        <div className="past-visits__client">
          <ClientSelect value={clientId} onChange={setClientId} data-testid="past-visits-client" />
        </div>
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} allowEmpty={[true, true]} data-testid="past-visits-range" />
        <Select<Status | null>
          className="past-visits__status"
          value={status}
          onChange={setStatus}
          options={[{ value: null, label: t('pastVisits.status.all') }, ...PAST_PLAN_STATUSES.map((s) => ({ value: s, label: t(`planStatus.${s}`) }))]}
          data-testid="past-visits-status"
        />
      </div>
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      <Table<PastVisitSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('pastVisits.empty') }}
        onRow={(p) => ({
          onClick: () => {
            window.location.hash = pageHash('pastVisits', p.id);
          },
          'data-testid': 'past-visit-row',
        })}
      />
      {cursor && (
        <Button className="past-visits__more" onClick={() => load(cursor, false)} loading={loading} data-testid="past-visits-more">
          {t('pastVisits.more')}
        </Button>
      )}
    </div>
  );
}
