import { HistoryOutlined, RollbackOutlined, SafetyOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SnapshotView } from '../../../contract/backup';
import { formatBytes, formatFull } from '../lib/format';
import { countsText, VerifiedTag, versionText } from './backupWords';

interface Props {
  snapshots: SnapshotView[] | null;
  /** An operation is running: one at a time, so the row actions wait. */
  busy: boolean;
  onVerify: (snapshot: SnapshotView) => void;
  onRestore: (snapshot: SnapshotView) => void;
}

/** Every snapshot kept on this PC, newest first, each verifiable and restorable. */
export function HistoryTable({ snapshots, busy, onVerify, onRestore }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<SnapshotView> = [
    { key: 'time', title: t('backup.history.time'), render: (_, s) => <span className="backup-nowrap">{formatFull(s.createdAt)}</span> },
    { key: 'reason', title: t('backup.history.reason'), render: (_, s) => t(`backup.reasons.${s.reason}`) },
    { key: 'counts', title: t('backup.history.counts'), render: (_, s) => countsText(t, s.counts) },
    { key: 'version', title: t('backup.history.version'), render: (_, s) => <span className="backup-nowrap">{versionText(t, s)}</span> },
    { key: 'added', title: t('backup.history.added'), align: 'right', render: (_, s) => <span className="backup-nowrap">{formatBytes(s.newBytes)}</span> },
    { key: 'verified', title: t('backup.history.verified'), render: (_, s) => <VerifiedTag verified={s.verified} /> },
    {
      key: 'actions',
      title: t('backup.history.actions'),
      render: (_, s) => (
        <Space size="small">
          <Button size="small" icon={<SafetyOutlined />} disabled={busy} onClick={() => onVerify(s)} data-testid="snapshot-verify">
            {t('backup.history.verify')}
          </Button>
          <Button size="small" icon={<RollbackOutlined />} disabled={busy} onClick={() => onRestore(s)} data-testid="snapshot-restore">
            {t('backup.history.restore')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Card
      title={
        <span>
          <HistoryOutlined /> {t('backup.history.title')}
        </span>
      }
    >
      <Table<SnapshotView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={snapshots ?? []}
        loading={snapshots === null}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <span className="backup-muted">{t('backup.history.empty')}</span> }}
        onRow={(s) => ({ 'data-testid': 'snapshot-row', 'data-reason': s.reason, 'data-id': s.id }) as React.HTMLAttributes<HTMLElement>}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
