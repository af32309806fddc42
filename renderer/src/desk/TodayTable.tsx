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
  canCheckOut: boolean;
}

/** Everyone registered today, in and out; a mistaken check-out can be undone here. */
export function TodayTable(props: Props) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const shared = visitColumns({ t, now, idCell: props.idCell });
  const columns: TableColumnsType<VisitSummary> = [
    shared.visitor,
    shared.host,
    shared.id,
    {
      key: 'status',
      title: t('columns.status'),
      className: 'desk-col--fit',
      // The undo sits under the "left" tag it undoes: a column of its own for one button in a few rows
      // took the room the visitors' names need at 1366 px.
      render: (_, v) => (
        <div className="status-cell">
          <Tag color={STATUS_COLOR[v.status]}>{t(`status.${v.status}`)}</Tag>
          {props.canCheckOut && v.status === 'checked_out' && (
            <Button
              size="small"
              type="link"
              className="status-cell__undo"
              icon={<RollbackOutlined />}
              loading={props.busyIds.has(v.id)}
              onClick={() => props.onUndoCheckOut(v)}
              data-testid={`undo-${v.badgeNo}`}
            >
              {t('actions.undoCheckOut')}
            </Button>
          )}
        </div>
      ),
    },
    shared.time('checkIn'),
    shared.time('checkOut'),
    shared.badge,
  ];

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
