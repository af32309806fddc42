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
  idWidth: number;
}

/** The columns the desk's lists have in common, so the on-site and today lists read alike. */
export function visitColumns({ t, now, idCell, idWidth }: Shared) {
  const time = (key: 'checkIn' | 'checkOut', width: number): Column => ({
    key,
    title: t(`columns.${key}`),
    width,
    render: (_, v) => <TimeCell iso={key === 'checkIn' ? v.checkInAt : v.checkOutAt} now={now} />,
  });
  return {
    visitor: { key: 'visitor', title: t('columns.visitor'), render: (_, v) => <VisitorCell visit={v} />, ellipsis: true } satisfies Column,
    host: { key: 'host', title: t('columns.host'), dataIndex: 'host', width: '12%', ellipsis: true } satisfies Column,
    id: { key: 'id', title: t('columns.id'), width: idWidth, render: (_, v) => idCell(v) } satisfies Column,
    time,
    badge: { key: 'badge', title: t('columns.badge'), width: 112, render: (_, v) => <BadgeCell visit={v} /> } satisfies Column,
  };
}
