import { MessageOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOWUP_LIST_FILTERS, type FollowupSummary } from '../../../contract/followups';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { StaffSelect } from '../directory/StaffSelect';
import { StartFollowupModal } from '../directory/StartFollowupModal';
import { TierTag } from '../directory/TierTag';
import { errorText } from '../lib/errors';
import { pageHash } from '../lib/useHashRoute';
import { FollowupPrintButton } from '../print-menus/FollowupPrintButton';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../search/usePagedSearch';
import { formatDueDay } from './dueDay';

type Filter = (typeof FOLLOWUP_LIST_FILTERS)[number];

/** The sequences as main orders them: client tier, urgency, next step's due day; overdue ones marked. */
export function FollowupList() {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [filter, setFilter] = useState<Filter>('active');
  const [owner, setOwner] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const [rows, setRows] = useState<FollowupSummary[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    void api.followups.list({ filter, ...(owner && { ownerUserId: owner }), ...(query && { query }) }).then((result) => {
      if (cancelled) return;
      setRows(result.ok ? result.value : []);
      setError(result.ok ? null : result.error);
      setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, [filter, owner, query]);

  const columns: TableColumnsType<FollowupSummary> = [
    {
      key: 'client',
      title: t('followups.columns.client'),
      render: (_, f) => (
        <span className="followup-client">
          <TierTag tier={f.clientTier} />
          <span>{f.clientName}</span>
        </span>
      ),
    },
    { key: 'title', title: t('followups.columns.title'), render: (_, f) => <strong>{f.title}</strong> },
    { key: 'urgency', title: t('followups.columns.urgency'), width: 96, render: (_, f) => <Tag color={f.urgency === 'high' ? 'volcano' : undefined}>{t(`followups.urgency.${f.urgency}`)}</Tag> },
    {
      key: 'next',
      title: t('followups.columns.next'),
      render: (_, f) => (f.nextStep ? f.nextStep.title : <span className="muted">{f.status === 'active' ? t('followups.noNext') : t(`followups.status.${f.status}`)}</span>),
    },
    {
      key: 'due',
      title: t('followups.columns.due'),
      width: 150,
      render: (_, f) =>
        f.nextStep && (
          <span className={f.nextStep.overdue ? 'followup-overdue' : undefined} data-testid="followup-due">
            {formatDueDay(f.nextStep.dueDay)}
            {f.nextStep.overdue && <Tag color="red" className="followup-overdue-tag">{t('followups.overdue')}</Tag>}
          </span>
        ),
    },
    { key: 'owner', title: t('followups.columns.owner'), width: 110, dataIndex: 'ownerName' },
    { key: 'progress', title: t('followups.columns.progress'), width: 90, render: (_, f) => t('followups.progress', { done: f.stepsDone, total: f.stepsTotal }) },
  ];

  return (
    <div className="followups-list">
      <div className="followups-toolbar">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={FOLLOWUP_LIST_FILTERS.map((f) => ({ value: f, label: <span data-testid={`followups-filter-${f}`}>{t(`followups.filters.${f}`)}</span> }))}
        />
        <div className="followups-toolbar__owner">
          <StaffSelect value={owner} onChange={setOwner} placeholder={t('followups.anyOwner')} data-testid="followups-owner" />
        </div>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          className="followups-toolbar__search"
          placeholder={t('followups.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="followups-search"
        />
        <span className="followups-toolbar__spacer" />
        <FollowupPrintButton mine label={t('followups.detail.print')} />
        {can('followups.manage') && (
          <Button type="primary" icon={<MessageOutlined />} onClick={() => setStarting(true)} data-testid="followups-start">
            {t('followups.start')}
          </Button>
        )}
      </div>
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      <Table<FollowupSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('followups.empty') }}
        rowClassName={(f) => (f.overdue ? 'followup-row followup-row--overdue' : 'followup-row')}
        onRow={(f) => ({
          onClick: () => {
            window.location.hash = pageHash('followups', f.id);
          },
          'data-testid': 'followup-row',
        })}
      />
      <StartFollowupModal
        open={starting}
        onClose={() => setStarting(false)}
        onStarted={(f) => {
          setStarting(false);
          window.location.hash = pageHash('followups', f.id);
        }}
      />
    </div>
  );
}
