import { LogoutOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';
import { useNow } from '../lib/useNow';
import { BadgeCell } from './BadgeCell';
import { TimeCell } from './TimeCell';
import { VisitorCell } from './VisitorCell';

interface Props {
  visits: VisitSummary[];
  loading: boolean;
  emptyText: string;
  scrollY: number;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  printingIds: ReadonlySet<string>;
  busyIds: ReadonlySet<string>;
  onPrint: (visit: VisitSummary) => void;
  onCheckOut: (visit: VisitSummary) => void;
}

/** Who is in the building now; each row prints a badge or checks the visitor out. */
export function OnSiteTable(props: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const columns: TableColumnsType<VisitSummary> = [
    { key: 'visitor', title: t('columns.visitor'), render: (_, v) => <VisitorCell visit={v} />, ellipsis: true },
    { key: 'host', title: t('columns.host'), dataIndex: 'host', width: '12%', ellipsis: true },
    {
      key: 'id',
      title: t('columns.id'),
      width: 152,
      render: (_, v) => (v.idMasked ? <span className="id-mask">{v.idMasked}</span> : <span className="muted">—</span>),
    },
    { key: 'checkIn', title: t('columns.checkIn'), width: 100, render: (_, v) => <TimeCell iso={v.checkInAt} now={now} /> },
    { key: 'badge', title: t('columns.badge'), width: 112, render: (_, v) => <BadgeCell visit={v} /> },
    {
      key: 'actions',
      title: t('columns.actions'),
      // Sized to the two buttons' labels, which are longer in English.
      width: i18n.language === 'en' ? 200 : 184,
      render: (_, v) => (
        <Space size={6}>
          <Button
            size="small"
            icon={<PrinterOutlined />}
            loading={props.printingIds.has(v.id)}
            onClick={() => props.onPrint(v)}
            data-testid={`print-${v.badgeNo}`}
          >
            {t('actions.print')}
          </Button>
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
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="onsite-table">
      <Table<VisitSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={props.visits}
        loading={props.loading}
        pagination={false}
        scroll={{ y: props.scrollY }}
        locale={{ emptyText: props.emptyText }}
        rowSelection={{
          selectedRowKeys: props.selectedIds,
          onChange: (keys) => props.onSelect(keys.map(String)),
          columnWidth: 36,
        }}
      />
    </div>
  );
}
