import { CrownFilled } from '@ant-design/icons';
import { Alert, Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useRef, type HTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../contract/plans';
import { errorText } from '../../lib/errors';
import { useElementHeight } from '../../lib/useElementHeight';
import { ChecklistMarker } from '../ChecklistMarker';
import { formatPlanTime } from '../planFormat';
import { LevelTag, StatusTag } from '../PlanTags';
import type { PlanFilters } from '../usePlansData';
import { usePlansPage } from '../usePlansPage';
import { LIST_PAGE_SIZES, updateListState, type ListState } from '../usePlansView';

/** Table header and pagination bar, which the scrolling body leaves room for. */
const CHROME_PX = 39 + 56;

/** A departure on the arrival day shows only its time. */
function departureText(p: PlanSummary): string {
  if (!p.departureAt) return '';
  return p.arrivalAt && p.departureAt.slice(0, 10) === p.arrivalAt.slice(0, 10) ? p.departureAt.slice(11, 16) : formatPlanTime(p.departureAt);
}

/** ↑ ↓ move between rows, Enter opens one: the list works without a mouse. */
function rowKeys(e: KeyboardEvent<HTMLElement>, open: () => void) {
  if (e.target !== e.currentTarget) return;
  if (e.key === 'Enter') {
    e.preventDefault();
    open();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const rows = [...(e.currentTarget.parentElement?.querySelectorAll<HTMLElement>('tr[data-row-key]') ?? [])];
    rows[rows.indexOf(e.currentTarget) + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
  }
}

function useColumns(list: ListState): TableColumnsType<PlanSummary> {
  const { t } = useTranslation();
  const muted = (text: string) => <span className="muted">{text}</span>;
  return [
    {
      key: 'arrival',
      title: t('plans.list.columns.arrival'),
      width: 180,
      // Main sorts by arrival; the other direction is read from the end.
      sorter: !list.unscheduled,
      sortOrder: list.unscheduled ? null : list.desc ? 'descend' : 'ascend',
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (_, p) => (p.arrivalAt ? formatPlanTime(p.arrivalAt) : muted(t('plans.list.notScheduled'))),
    },
    { key: 'departure', title: t('plans.list.columns.departure'), width: 180, render: (_, p) => departureText(p) || muted('—') },
    {
      key: 'title',
      title: t('plans.list.columns.title'),
      render: (_, p) => (
        <span className="plans-list__title">
          {p.level === 'vip' && <CrownFilled className="plan-event__vip" aria-label={t('receptionLevels.vip')} />}
          {p.title}
        </span>
      ),
    },
    { key: 'client', title: t('plans.list.columns.client'), render: (_, p) => p.clientName ?? muted('—') },
    { key: 'level', title: t('plans.list.columns.level'), width: 120, render: (_, p) => <LevelTag level={p.level} /> },
    { key: 'status', title: t('plans.list.columns.status'), width: 100, render: (_, p) => <StatusTag status={p.status} /> },
    {
      key: 'guests',
      title: t('plans.list.columns.guests'),
      width: 140,
      align: 'right',
      render: (_, p) => `${p.guestCount}/${p.expectedHeadcount}`,
    },
    { key: 'checklist', title: t('planChecklists.marker.column'), width: 100, render: (_, p) => <ChecklistMarker checklist={p.checklist} /> },
  ];
}

interface Props {
  filters: PlanFilters;
  list: ListState;
  onOpen: (planId: string) => void;
}

/** Plans as a table, a page at a time from main, with the screen's filters and the list's own range. */
export function PlansList({ filters, list, onOpen }: Props) {
  const { t } = useTranslation();
  const page = usePlansPage(filters, list);
  const columns = useColumns(list);
  const bodyRef = useRef<HTMLDivElement>(null);
  const scrollY = Math.max(160, useElementHeight(bodyRef) - CHROME_PX);

  function changed(pagination: TablePaginationConfig, _f: unknown, sorter: SorterResult<PlanSummary> | SorterResult<PlanSummary>[]) {
    const order = Array.isArray(sorter) ? sorter[0]?.order : sorter.order;
    const desc = order === 'descend';
    const size = pagination.pageSize ?? list.pageSize;
    if (desc !== list.desc) updateListState({ desc });
    else updateListState({ page: size === list.pageSize ? (pagination.current ?? 1) : 1, pageSize: size });
  }

  return (
    <div className="plans-list" ref={bodyRef} data-testid="plans-list">
      {page.error && <Alert type="warning" showIcon title={errorText(page.error)} className="plans-alert" />}
      <Table<PlanSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={page.items}
        loading={page.loading}
        scroll={{ y: scrollY }}
        locale={{ emptyText: t('plans.list.empty') }}
        onChange={changed}
        onRow={(p) =>
          ({
            tabIndex: 0,
            className: 'plans-list__row',
            onClick: () => onOpen(p.id),
            onKeyDown: (e: KeyboardEvent<HTMLElement>) => rowKeys(e, () => onOpen(p.id)),
            'data-testid': 'plans-row',
          }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: page.total,
          pageSizeOptions: LIST_PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (n) => (
            <span>
              {t('plans.list.total', { count: n })}
              <span className="plans-list__hint">{t('plans.list.keyboardHint')}</span>
            </span>
          ),
        }}
      />
    </div>
  );
}
