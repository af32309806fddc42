import { CheckCircleOutlined, DeleteOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingConflict, Resource } from '../../../../../contract/plans';
import { issueText } from '../../../lib/errors';
import { LOCAL_FORMAT, spanText, type BookingProblem, type BookingRow } from './bookingRows';
import { KIND_ICONS, ResourceSelect } from './ResourceSelect';

export interface RowState {
  problem?: BookingProblem;
  /** Changed since main was last asked, and the answer is on its way. */
  pending: boolean;
  conflicts: BookingConflict[];
  overlapsSelf: boolean;
}

interface Props {
  rows: BookingRow[];
  states: Map<string, RowState>;
  resources: Resource[];
  taken: Map<string, BookingConflict[]> | null;
  headcount: number;
  readOnly: boolean;
  /** A closed plan holds nothing any more: no clash column. */
  showStatus: boolean;
  onChange: (key: string, patch: Partial<BookingRow>) => void;
  onRemove: (key: string) => void;
}

const SHOWN_FORMAT = 'YYYY-MM-DD HH:mm';

function problemText(t: (key: string) => string, problem: BookingProblem): string {
  if (problem === 'endBeforeStart') return issueText('itinerary.endBeforeStart');
  return t(`planTeam.bookings.${problem}`);
}

/** The plan's bookings being edited, each with what main says about its time. */
export function BookingsTable(p: Props) {
  const { t } = useTranslation();
  const byId = new Map(p.resources.map((r) => [r.id, r]));
  const bookedIds = new Set(p.rows.map((r) => r.resourceId));

  function resourceCell(row: BookingRow) {
    const resource = byId.get(row.resourceId);
    const short = resource?.kind === 'room' && resource.capacity !== null && resource.capacity < p.headcount && !row.spare;
    return (
      <div className="booking-resource">
        {p.readOnly || !resource ? (
          <span className="booking-resource__name" data-testid="booking-resource-name">
            {KIND_ICONS[row.kind]} {resource?.name ?? row.resourceName}
            {resource?.capacity != null && <span className="resource-label__capacity">{t('planTeam.bookings.capacity', { count: resource.capacity })}</span>}
          </span>
        ) : (
          <ResourceSelect
            value={row.resourceId}
            resources={p.resources}
            taken={p.taken}
            headcount={p.headcount}
            bookedIds={bookedIds}
            onChange={(r) => p.onChange(row.key, { resourceId: r.id, resourceName: r.name, kind: r.kind })}
            className="booking-resource__select"
            aria-label={t('planTeam.bookings.columns.resource')}
            testId="booking-resource"
          />
        )}
        {short && <div className="booking-resource__short">{t('planTeam.bookings.tooSmall', { capacity: resource.capacity, count: p.headcount })}</div>}
      </div>
    );
  }

  /** One end of the booking: a date and time on the five-minute grid, taken as soon as it is picked or typed. */
  function timePicker(row: BookingRow, end: 'startsAt' | 'endsAt', bad: boolean) {
    const label = t(end === 'startsAt' ? 'planTeam.bookings.from' : 'planTeam.bookings.to');
    return (
      <DatePicker
        value={row[end] ? dayjs(row[end]) : null}
        showTime={{ format: 'HH:mm', minuteStep: 5 }}
        format={SHOWN_FORMAT}
        needConfirm={false}
        allowClear={false}
        disabled={p.readOnly}
        status={bad ? 'error' : undefined}
        placeholder={label}
        aria-label={label}
        onChange={(d: Dayjs | null) => p.onChange(row.key, { [end]: d ? d.format(LOCAL_FORMAT) : null })}
        className="booking-time__picker"
        data-testid={end === 'startsAt' ? 'booking-start' : 'booking-end'}
      />
    );
  }

  function timeCell(row: BookingRow) {
    const problem = p.states.get(row.key)?.problem;
    return (
      <div className="booking-time">
        {timePicker(row, 'startsAt', problem === 'timeRequired' && !row.startsAt)}
        <span className="booking-time__dash">–</span>
        {timePicker(row, 'endsAt', problem === 'endBeforeStart' || (problem === 'timeRequired' && !row.endsAt))}
      </div>
    );
  }

  function statusCell(row: BookingRow) {
    const state = p.states.get(row.key);
    if (state?.problem) {
      return (
        <span className="booking-status booking-status--bad" data-testid="booking-problem">
          <ExclamationCircleOutlined /> {problemText(t, state.problem)}
        </span>
      );
    }
    const lines = [
      ...(state?.conflicts ?? []).map((c) => t('planTeam.bookings.conflictWith', { title: c.planTitle, from: c.startsAt.replace('T', ' '), to: c.endsAt.replace('T', ' ') })),
      ...(state?.overlapsSelf ? [t('planTeam.bookings.conflictSelf')] : []),
    ];
    if (lines.length > 0) {
      return (
        <div className="booking-status booking-status--bad" data-testid="booking-conflict">
          {lines.map((line) => (
            <div key={line}>
              <ExclamationCircleOutlined /> {line}
            </div>
          ))}
        </div>
      );
    }
    if (state?.pending) {
      return (
        <span className="booking-status booking-status--muted">
          <LoadingOutlined /> {t('planTeam.bookings.checking')}
        </span>
      );
    }
    return (
      <span className="booking-status booking-status--ok" data-testid="booking-ok">
        <CheckCircleOutlined /> {t('planTeam.bookings.noConflict')}
      </span>
    );
  }

  const columns: TableColumnsType<BookingRow> = [
    { key: 'resource', title: t('planTeam.bookings.columns.resource'), width: 250, render: (_, row) => resourceCell(row) },
    {
      key: 'time',
      title: t('planTeam.bookings.columns.time'),
      width: 380,
      render: (_, row) => (p.readOnly && row.startsAt && row.endsAt ? <span className="booking-time__text">{spanText(row.startsAt, row.endsAt)}</span> : timeCell(row)),
    },
    {
      key: 'spare',
      title: <Tooltip title={t('planTeam.bookings.spareHint')}>{t('planTeam.bookings.columns.spare')}</Tooltip>,
      width: 70,
      align: 'center',
      render: (_, row) =>
        p.readOnly ? (
          row.spare && (
            <Tag color="blue" data-testid="booking-spare-tag">
              {t('planTeam.bookings.spare')}
            </Tag>
          )
        ) : (
          <Checkbox
            className="booking-spare"
            checked={row.spare}
            aria-label={t('planTeam.bookings.spare')}
            onChange={(e) => p.onChange(row.key, { spare: e.target.checked })}
            data-testid="booking-spare"
          />
        ),
    },
  ];
  // Without the clash column an empty one takes the spare width, so the others keep theirs.
  columns.push(p.showStatus ? { key: 'status', title: t('planTeam.bookings.columns.status'), render: (_, row) => statusCell(row) } : { key: 'fill' });
  if (!p.readOnly) {
    columns.push({
      key: 'remove',
      width: 48,
      render: (_, row) => (
        <Tooltip title={t('planTeam.bookings.remove')}>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('planTeam.bookings.remove')} onClick={() => p.onRemove(row.key)} data-testid="booking-remove" />
        </Tooltip>
      ),
    });
  }

  return (
    <Table<BookingRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={p.rows}
      pagination={false}
      className="bookings-table"
      rowClassName={(row) => {
        const s = p.states.get(row.key);
        return s && (s.problem || s.conflicts.length > 0 || s.overlapsSelf) ? 'booking-row booking-row--bad' : 'booking-row';
      }}
      locale={{ emptyText: t('planTeam.bookings.empty') }}
      onRow={(row) => ({ 'data-testid': 'booking-row', 'data-resource': row.resourceName }) as HTMLAttributes<HTMLElement>}
    />
  );
}
