import { RollbackOutlined } from '@ant-design/icons';
import { Button, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';
import { useNow } from '../lib/useNow';
import { BadgeCell } from './BadgeCell';
import { TimeCell } from './TimeCell';
import { VisitorCell } from './VisitorCell';
import { VisitTable } from './VisitTable';

const STATUS_COLOR: Record<VisitSummary['status'], string> = {
  expected: 'blue',
  on_site: 'green',
  checked_out: 'default',
  cancelled: 'red',
};

interface Props {
  visits: VisitSummary[];
  loading: boolean;
  emptyText: string;
  scrollY: number;
  busyIds: ReadonlySet<string>;
  onUndoCheckOut: (visit: VisitSummary) => void;
  idCell: (visit: VisitSummary) => ReactNode;
  idWidth: number;
  canCheckOut: boolean;
}

/** Everyone registered today, in and out; a mistaken check-out can be undone here. */
export function TodayTable(props: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const columns: TableColumnsType<VisitSummary> = [
    { key: 'visitor', title: t('columns.visitor'), render: (_, v) => <VisitorCell visit={v} />, ellipsis: true },
    { key: 'host', title: t('columns.host'), dataIndex: 'host', width: '12%', ellipsis: true },
    { key: 'id', title: t('columns.id'), width: props.idWidth, render: (_, v) => props.idCell(v) },
    {
      key: 'status',
      title: t('columns.status'),
      width: 92,
      render: (_, v) => <Tag color={STATUS_COLOR[v.status]}>{t(`status.${v.status}`)}</Tag>,
    },
    { key: 'checkIn', title: t('columns.checkIn'), width: 96, render: (_, v) => <TimeCell iso={v.checkInAt} now={now} /> },
    { key: 'checkOut', title: t('columns.checkOut'), width: 96, render: (_, v) => <TimeCell iso={v.checkOutAt} now={now} /> },
    { key: 'badge', title: t('columns.badge'), width: 112, render: (_, v) => <BadgeCell visit={v} /> },
  ];
  if (props.canCheckOut) {
    columns.push({
      key: 'actions',
      title: t('columns.actions'),
      width: i18n.language === 'en' ? 150 : 120,
      render: (_, v) =>
        v.status === 'checked_out' && (
          <Button
            size="small"
            icon={<RollbackOutlined />}
            loading={props.busyIds.has(v.id)}
            onClick={() => props.onUndoCheckOut(v)}
            data-testid={`undo-${v.badgeNo}`}
          >
            {t('actions.undoCheckOut')}
          </Button>
        ),
    });
  }

  return (
    <VisitTable
      testId="today-table"
      columns={columns}
      visits={props.visits}
      loading={props.loading}
      emptyText={props.emptyText}
      scrollY={props.scrollY}
    />
  );
}
