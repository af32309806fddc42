import { Alert, App, Button, Input, Modal, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import { DESTRUCTION_APPROVALS, type DestructionRecord, type DestructionStatus, type DestructionSummary } from '../../../contract/retention';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { DestructionPrintButton } from '../print-menus/DestructionPrintButton';

const STATUS_COLOR: Record<DestructionStatus, string> = { pending: 'orange', rejected: 'default', done: 'green', failed: 'red' };

const pad = (n: number) => String(n).padStart(2, '0');
function localTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** One request's items and record, read when its row is opened (the approvers see what they approve while it still exists). */
function RecordItems({ id }: { id: string }) {
  const { t } = useTranslation();
  const [record, setRecord] = useState<DestructionRecord | null>(null);
  useEffect(() => {
    void api.retention.get({ id }).then((r) => r.ok && setRecord(r.value));
  }, [id]);
  if (!record) return null;
  return (
    <div className="retention-record" data-testid="retention-record">
      <Typography.Paragraph>
        <b>{t('retention.record.reason')}：</b>
        {record.reason}
      </Typography.Paragraph>
      {record.rejectNote && (
        <Typography.Paragraph>
          <b>{t('retention.record.rejectNote')}：</b>
          {record.rejectNote}（{record.rejectedBy}）
        </Typography.Paragraph>
      )}
      {record.failure && <Alert type="warning" showIcon title={`${t('retention.record.failure')}: ${record.failure}`} />}
      <ul className="retention-record__items">
        {record.items.map((i) => (
          <li key={`${i.kind}-${i.label}-${i.current ?? ''}`}>
            {i.kind === 'document' ? `${t('retention.record.kindDocument')} ${i.label}` : t('retention.record.personLabel', { year: i.label })}
            {i.current && <Typography.Text type="secondary"> · {t('retention.record.current', { title: i.current })}</Typography.Text>}
            {i.files.map((f) => (
              <Typography.Text key={f.contentHash} code className="retention-record__hash">
                {f.contentHash.slice(0, 16)}… {f.size} B
              </Typography.Text>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Destruction requests: those waiting (approve or reject, with who approved
 * already), or the closed ones (records, with their certificate).
 */
export function RequestList({ statuses, version, onChanged }: { statuses: readonly DestructionStatus[]; version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [items, setItems] = useState<DestructionSummary[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [rejecting, setRejecting] = useState<DestructionSummary | null>(null);
  const [note, setNote] = useState('');

  const load = useCallback(async () => {
    setLoading(true);
    const pages = await Promise.all(statuses.map((status) => api.retention.list({ status, limit: 100 })));
    setLoading(false);
    const failed = pages.find((p) => !p.ok);
    if (failed && !failed.ok) return setError(failed.error);
    setError(null);
    setItems(pages.flatMap((p) => (p.ok ? p.value.items : [])).sort((a, b) => (a.requestedAt < b.requestedAt ? 1 : -1)));
  }, [statuses]);

  useEffect(() => {
    void load();
  }, [load, version]);

  const approve = (r: DestructionSummary) =>
    modal.confirm({
      title: t('retention.record.approveConfirm', { code: r.code }),
      content: r.approvals.length + 1 >= DESTRUCTION_APPROVALS || r.status === 'failed' ? t('retention.record.approveSecond') : t('retention.record.approveFirst'),
      okText: t('retention.record.approve'),
      okButtonProps: { danger: true, 'data-testid': 'retention-approve-ok' } as ButtonProps,
      onOk: async () => {
        const result = await api.retention.approve({ id: r.id });
        if (!result.ok) return void message.error(errorText(result.error));
        message.success(result.value.status === 'done' ? t('retention.record.executed', { code: r.code }) : t('retention.record.approved'));
        onChanged();
      },
    });

  const reject = async () => {
    if (!rejecting) return;
    const result = await api.retention.reject({ id: rejecting.id, note });
    if (!result.ok) return void message.error(errorText(result.error));
    setRejecting(null);
    setNote('');
    message.success(t('retention.record.rejected'));
    onChanged();
  };

  return (
    <>
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      <Table<DestructionSummary>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('retention.record.empty') }}
        expandable={{ expandedRowRender: (r) => <RecordItems id={r.id} /> }}
        onRow={(r) => ({ 'data-testid': `destruction-row-${r.code}` } as object)}
        columns={[
          { key: 'code', title: t('retention.record.code'), dataIndex: 'code', width: 140 },
          { key: 'status', title: t('retention.record.status'), width: 100, render: (_: unknown, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`retention.record.statuses.${r.status}`)}</Tag> },
          { key: 'totals', title: t('retention.record.items'), render: (_: unknown, r) => t('retention.record.totals', r.totals) },
          { key: 'requestedBy', title: t('retention.record.requestedBy'), render: (_: unknown, r) => `${r.requestedBy}（${localTime(r.requestedAt)}）` },
          {
            key: 'approvals',
            title: t('retention.record.approvals'),
            render: (_: unknown, r) =>
              r.approvals.length ? r.approvals.map((a) => <div key={a.at}>{t('retention.record.approvalOf', { name: a.name, at: localTime(a.at) })}</div>) : <Typography.Text type="secondary">{t('retention.record.approvalsNone')}</Typography.Text>,
          },
          ...(statuses.includes('done') ? [{ key: 'executedAt', title: t('retention.record.executedAt'), width: 150, render: (_: unknown, r: DestructionSummary) => localTime(r.executedAt) }] : []),
          {
            key: 'actions',
            title: '',
            width: 230,
            render: (_: unknown, r) => (
              <Space>
                {r.canDecide && (
                  <>
                    <Button size="small" type="primary" danger onClick={() => approve(r)} data-testid={`retention-approve-${r.code}`}>
                      {t('retention.record.approve')}
                    </Button>
                    <Button size="small" onClick={() => setRejecting(r)} data-testid={`retention-reject-${r.code}`}>
                      {t('retention.record.reject')}
                    </Button>
                  </>
                )}
                {r.status === 'done' && <DestructionPrintButton destructionId={r.id} />}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={rejecting !== null}
        title={rejecting ? t('retention.record.rejectTitle', { code: rejecting.code }) : ''}
        okText={t('retention.record.reject')}
        okButtonProps={{ disabled: note.trim() === '' }}
        onOk={() => void reject()}
        onCancel={() => setRejecting(null)}
        destroyOnHidden
      >
        <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} rows={3} placeholder={t('retention.record.rejectNote')} data-testid="retention-reject-note" />
      </Modal>
    </>
  );
}
