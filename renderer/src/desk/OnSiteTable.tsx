import { LogoutOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';
import { RecordIncidentButton } from '../incident-form/RecordIncidentButton';
import { selectionLabels } from '../lib/selectionLabels';
import { useNow } from '../lib/useNow';
import { visitColumns } from './visitColumns';
import type { VisitListPage } from './useVisitLists';
import { VisitTable } from './VisitTable';

interface Props {
  /** The page main answered with, and how to ask for another. */
  list: VisitListPage;
  onPage: (page: number, pageSize: number) => void;
  loading: boolean;
  emptyText: string;
  scrollY: number;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  printingIds: ReadonlySet<string>;
  busyIds: ReadonlySet<string>;
  onPrint: (visit: VisitSummary) => void;
  onCheckOut: (visit: VisitSummary) => void;
  /** The ID cell, masked or revealed; shared with the today table. */
  idCell: (visit: VisitSummary) => ReactNode;
  canPrint: boolean;
  canCheckOut: boolean;
}

/** Who is in the building now; each row prints a badge or checks the visitor out. */
export function OnSiteTable(props: Props) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const shared = visitColumns({ t, now, idCell: props.idCell });
  const columns: TableColumnsType<VisitSummary> = [shared.visitor, shared.host, shared.id, shared.time('checkIn'), shared.badge];
  if (props.canPrint || props.canCheckOut) {
    columns.push({
      key: 'actions',
      title: t('columns.actions'),
      // As wide as its buttons' labels in the language shown (desk.css keeps them on one line).
      className: 'desk-col--fit',
      render: (_, v) => (
        <Space size={6}>
          {props.canPrint && (
            <Button
              size="small"
              icon={<PrinterOutlined />}
              loading={props.printingIds.has(v.id)}
              onClick={() => props.onPrint(v)}
              data-testid={`print-${v.badgeNo}`}
            >
              {t('actions.print')}
            </Button>
          )}
          {props.canCheckOut && (
            <Button
              size="small"
              type="primary"
              ghost
              icon={<LogoutOutlined />}
              loading={props.busyIds.has(v.id)}
              onClick={() => props.onCheckOut(v)}
              data-testid={`checkout-${v.badgeNo}`}
            >
              {t('actions.checkOut')}
            </Button>
          )}
          <RecordIncidentButton compact size="small" links={{ source: 'visit', visitId: v.id, personId: v.personId, label: v.name }} testId={`incident-${v.badgeNo}`} />
        </Space>
      ),
    });
  }

  return (
    <VisitTable
      testId="onsite-table"
      columns={columns}
      list={props.list}
      onPage={props.onPage}
      loading={props.loading}
      emptyText={props.emptyText}
      scrollY={props.scrollY}
      rowSelection={
        // Selection exists for batch printing only.
        props.canPrint
          ? { selectedRowKeys: props.selectedIds, onChange: (keys) => props.onSelect(keys.map(String)), columnWidth: 36, ...selectionLabels((v: VisitSummary) => v.name) }
          : undefined
      }
    />
  );
}
