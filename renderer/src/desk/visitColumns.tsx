import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { VisitSummary } from '../../../contract/visits';
import { BadgeCell } from './BadgeCell';
import { TimeCell } from './TimeCell';
import { VisitorCell } from './VisitorCell';

type Column = TableColumnsType<VisitSummary>[number];

interface Shared {
  t: TFunction;
  /** Now, for "x minutes ago" in the time cells. */
  now: number;
  /** The ID cell, masked or revealed; the desk's lists share one reveal state. */
  idCell: (visit: VisitSummary) => ReactNode;
}

/**
 * The columns the desk's lists have in common, so the on-site and today lists read alike.
 *
 * No column has a fixed width: the lists use the table's automatic layout
 * (`deskTableLayout`), so each column takes what its content needs — the ID,
 * time, badge and button cells do not wrap (desk.css) — and the visitor column,
 * which keeps a floor and wraps names at word breaks, gets the rest. Fixed pixel
 * widths squeezed the names to ~60 px once the other columns had taken theirs.
 */
export function visitColumns({ t, now, idCell }: Shared) {
  const time = (key: 'checkIn' | 'checkOut'): Column => ({
    key,
    title: t(`columns.${key}`),
    className: 'desk-col--fit',
    render: (_, v) => <TimeCell iso={key === 'checkIn' ? v.checkInAt : v.checkOutAt} now={now} />,
  });
  return {
    visitor: { key: 'visitor', title: t('columns.visitor'), className: 'desk-col--visitor', render: (_, v) => <VisitorCell visit={v} /> } satisfies Column,
    host: { key: 'host', title: t('columns.host'), className: 'desk-col--host', render: (_, v) => <div className="host-cell">{v.host}</div> } satisfies Column,
    id: { key: 'id', title: t('columns.id'), className: 'desk-col--fit', render: (_, v) => idCell(v) } satisfies Column,
    time,
    badge: { key: 'badge', title: t('columns.badge'), className: 'desk-col--fit', render: (_, v) => <BadgeCell visit={v} /> } satisfies Column,
  };
}
