import { RollbackOutlined } from '@ant-design/icons';
import { Button, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';
import { useNow } from '../lib/useNow';
import { visitColumns } from './visitColumns';
import type { VisitListPage } from './useVisitLists';
import { VisitTable } from './VisitTable';

const STATUS_COLOR: Record<VisitSummary['status'], string> = {
  expected: 'blue',
  on_site: 'green',
  checked_out: 'default',
  cancelled: 'red',
};

interface Props {
  /** The page main answered with, and how to ask for another. */
  list: VisitListPage;
  onPage: (page: number, pageSize: number) => void;
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
  const shared = visitColumns({ t, now, idCell: props.idCell, idWidth: props.idWidth });
  const columns: TableColumnsType<VisitSummary> = [
    shared.visitor,
    shared.host,
    shared.id,
    {
      key: 'status',
      title: t('columns.status'),
      width: 92,
      render: (_, v) => <Tag color={STATUS_COLOR[v.status]}>{t(`status.${v.status}`)}</Tag>,
    },
    shared.time('checkIn', 96),
    shared.time('checkOut', 96),
    shared.badge,
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
      list={props.list}
      onPage={props.onPage}
      loading={props.loading}
      emptyText={props.emptyText}
      scrollY={props.scrollY}
    />
  );
}
