import { Button, Input, Modal, Space, Table, Tag, App, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionNote, type RecordChange } from '../../../contract/past-visits';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { formatInstant } from './formatInstant';
import { lengthCount } from '../lib/fieldLimit';


const STATUS_COLOR = { pending: 'orange', approved: 'green', rejected: 'default' } as const;

/** Change requests with what they change (from → to), why, who asked and the decision; a manager who did not ask decides here. */
export function ChangesTable({ changes, showPlan = false, onDecided }: { changes: RecordChange[]; showPlan?: boolean; onDecided: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rejecting, setRejecting] = useState<RecordChange | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async (change: RecordChange, decision: 'approve' | 'reject', noteText = '') => {
    setBusy(true);
    const result = await api.pastVisits.decideChange({ id: change.id, decision, note: noteText });
    setBusy(false);
    if (!result.ok) {
      message.error(errorText(result.error));
      return false;
    }
    message.success(t(decision === 'approve' ? 'pastVisits.decide.approved' : 'pastVisits.decide.rejected'));
    onDecided();
    return true;
  };

  const columns: TableColumnsType<RecordChange> = [
    { key: 'at', title: t('pastVisits.changeColumns.at'), width: 150, render: (_, c) => formatInstant(c.requestedAt) },
    ...(showPlan ? [{ key: 'plan', title: t('pastVisits.columns.title'), render: (_: unknown, c: RecordChange) => c.planTitle }] : []),
    { key: 'target', title: t('pastVisits.changeColumns.target'), width: 150, render: (_, c) => (c.targetName ? `${t(`pastVisits.targets.${c.target}`)} · ${c.targetName}` : t(`pastVisits.targets.${c.target}`)) },
    {
      key: 'changes',
      title: t('pastVisits.changeColumns.changes'),
      render: (_, c) =>
        c.changes.map((ch) => (
          <div key={ch.field} data-testid="change-field">
            <strong>{t(`pastVisits.fields.${ch.field}`)}</strong>
            {t('pastVisits.colon')}
            {(ch.from ?? '—').replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ')} → {(ch.to ?? '—').replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ')}
          </div>
        )),
    },
    { key: 'reason', title: t('pastVisits.changeColumns.reason'), dataIndex: 'reason' },
    { key: 'by', title: t('pastVisits.changeColumns.by'), width: 110, dataIndex: 'requestedBy' },
    {
      key: 'status',
      title: t('pastVisits.changeColumns.status'),
      width: 200,
      render: (_, c) =>
        c.mayDecide ? (
          <Space>
            <Button size="small" type="primary" loading={busy} onClick={() => void decide(c, 'approve')} data-testid="change-approve">
              {t('pastVisits.actions.approve')}
            </Button>
            <Button size="small" danger onClick={() => setRejecting(c)} data-testid="change-reject">
              {t('pastVisits.actions.reject')}
            </Button>
          </Space>
        ) : (
          <span data-testid="change-status">
            <Tag color={STATUS_COLOR[c.status]}>{t(`pastVisits.changeStatus.${c.status}`)}</Tag>
            {c.decidedBy && <span className="muted">{c.decisionNote ? `${c.decidedBy}${t('pastVisits.colon')}${c.decisionNote}` : c.decidedBy}</span>}
          </span>
        ),
    },
  ];

  return (
    <>
      <Table<RecordChange> rowKey="id" size="small" columns={columns} dataSource={changes} pagination={false} locale={{ emptyText: t('pastVisits.none') }} onRow={() => ({ 'data-testid': 'change-row' }) as never} />
      <Modal
        open={rejecting !== null}
        title={t('pastVisits.decide.rejectTitle')}
        okText={t('pastVisits.actions.reject')}
        okButtonProps={{ danger: true, disabled: note.trim() === '', loading: busy, 'data-testid': 'change-reject-confirm' } as never}
        onCancel={() => setRejecting(null)}
        onOk={() => {
          if (rejecting)
            void decide(rejecting, 'reject', note.trim()).then((ok) => {
              if (ok) {
                setRejecting(null);
                setNote('');
              }
            });
        }}
      >
        <Input.TextArea rows={3} {...lengthCount(decisionNote)} placeholder={t('pastVisits.decide.note')} aria-label={t('pastVisits.decide.note')} value={note} onChange={(e) => setNote(e.target.value)} data-testid="change-reject-note" />
      </Modal>
    </>
  );
}
