import { Alert, DatePicker, Segmented, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALYSIS_GROUPS, type AnalysisGroup, type AnalysisRow } from '../../../contract/incidents';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';

/** A row's name: coded keys in words, a client by name, a period by its first day. */
function rowLabel(t: TFunction, group: AnalysisGroup, row: AnalysisRow): string {
  switch (group) {
    case 'category':
      return t(`incidents.category.${row.key}`, { defaultValue: row.key });
    case 'tier':
      return t(`incidents.tier.${row.key}`, { defaultValue: row.key });
    case 'rootCause':
      return row.key ? t(`incidents.rootCause.${row.key}`, { defaultValue: row.key }) : t('incidents.analysis.none');
    case 'client':
      return row.label || t('incidents.analysis.noClient');
    case 'week':
      return t('incidents.analysis.weekOf', { day: row.key });
    case 'month':
      return row.key.slice(0, 7);
    default:
      return row.key;
  }
}

const hours = (t: TFunction, minutes: number | null) => (minutes === null ? '—' : t('incidents.analysis.hours', { h: (minutes / 60).toFixed(1) }));

/**
 * Frequent and serious causes: incidents received in a period, counted by
 * category, root cause, client, urgency or period, with a bar per row.
 */
export function AnalysisView() {
  const { t } = useTranslation();
  const [group, setGroup] = useState<AnalysisGroup>('category');
  const [range, setRange] = useState<[string, string]>(() => [dayjs().subtract(29, 'day').format('YYYY-MM-DD'), dayjs().format('YYYY-MM-DD')]);
  const [data, setData] = useState<{ rows: AnalysisRow[]; total: AnalysisRow } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void api.incidents.analysis({ from: range[0], to: range[1], groupBy: group }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setError(null);
      setData(result.value);
    });
    return () => {
      live = false;
    };
  }, [group, range]);

  const max = Math.max(1, ...(data?.rows.map((r) => r.count) ?? []));
  const columns: TableColumnsType<AnalysisRow> = [
    { key: 'key', title: t('incidents.analysis.columns.key'), render: (_, r) => (r === data?.total ? <strong>{t('incidents.analysis.total')}</strong> : rowLabel(t, group, r)) },
    {
      key: 'count',
      title: t('incidents.analysis.columns.count'),
      className: 'analysis-col--bar',
      render: (_, r) => (
        <span className="analysis-bar">
          {/* The total row keeps an empty track, so its number lines up with the rows' numbers. */}
          <span className={r === data?.total ? 'analysis-bar__track analysis-bar__track--none' : 'analysis-bar__track'} aria-hidden>
            {r !== data?.total && <span className="analysis-bar__fill" style={{ width: `${(r.count / max) * 100}%` }} />}
          </span>
          <span className="analysis-bar__value">{r.count}</span>
        </span>
      ),
    },
    { key: 'complaints', title: t('incidents.analysis.columns.complaints'), align: 'right', dataIndex: 'complaints' },
    { key: 'critical', title: t('incidents.analysis.columns.critical'), align: 'right', dataIndex: 'critical' },
    { key: 'escalated', title: t('incidents.analysis.columns.escalated'), align: 'right', dataIndex: 'escalated' },
    { key: 'late', title: t('incidents.analysis.columns.late'), align: 'right', render: (_, r) => <span className={r.late > 0 ? 'incident-overdue-text' : ''}>{r.late}</span> },
    { key: 'avgResolve', title: t('incidents.analysis.columns.avgResolve'), align: 'right', render: (_, r) => hours(t, r.avgResolveMinutes) },
    { key: 'avgScore', title: t('incidents.analysis.columns.avgScore'), align: 'right', render: (_, r) => (r.avgCallBackScore === null ? '—' : r.avgCallBackScore.toFixed(1)) },
  ];

  return (
    <div className="incident-analysis" data-testid="incident-analysis">
      <div className="incidents-toolbar">
        <span className="incidents-toolbar__field">
          <span>{t('incidents.analysis.groupBy')}</span>
          <Segmented
            aria-label={t('incidents.analysis.groupBy')}
            value={group}
            onChange={(v) => setGroup(v as AnalysisGroup)}
            options={ANALYSIS_GROUPS.map((g) => ({ value: g, label: <span data-testid={`analysis-group-${g}`}>{t(`incidents.analysis.group.${g}`)}</span> }))}
          />
        </span>
        <span className="incidents-toolbar__field">
          <span>{t('incidents.analysis.range')}</span>
          <DatePicker.RangePicker
            allowClear={false}
            aria-label={t('incidents.analysis.range')}
            value={[dayjs(range[0]), dayjs(range[1])]}
            onChange={(days) => {
              const [from, to] = (days ?? []) as [Dayjs | null, Dayjs | null];
              if (from && to) setRange([from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')]);
            }}
          />
        </span>
      </div>
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      <Table<AnalysisRow>
        rowKey={(r) => (r === data?.total ? '__total' : r.key)}
        size="small"
        columns={columns}
        dataSource={data ? [...data.rows, ...(data.rows.length > 0 ? [data.total] : [])] : []}
        loading={data === null && !error}
        pagination={false}
        locale={{ emptyText: t('incidents.analysis.empty') }}
        onRow={() => ({ 'data-testid': 'analysis-row' }) as React.HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
