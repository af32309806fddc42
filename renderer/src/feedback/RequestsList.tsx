import { Alert, App, Button, Input, Modal, Segmented, Space, Switch, Table, Tag, type ButtonProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedback, REQUEST_STATUSES, type FeedbackRequest } from '../../../contract/feedback';
import { lengthCount } from '../lib/fieldLimit';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { pageHash } from '../lib/useHashRoute';
import { QuestionnairePrintButton } from '../print-menus/QuestionnairePrintButton';
import { KioskStartButton } from './KioskStartDialog';
import { aboutOf, minuteText } from './words';

type Status = (typeof REQUEST_STATUSES)[number];

/** 待办请求: "request feedback" tasks (a completed plan, a checked-out client's visit), overdue marked; print, enter, kiosk or decline. */
export function RequestsList({ onEnter }: { onEnter: (code: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const [status, setStatus] = useState<Status>('open');
  const [mine, setMine] = useState(false);
  const [items, setItems] = useState<FeedbackRequest[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [declining, setDeclining] = useState<FeedbackRequest | null>(null);
  const [reason, setReason] = useState('');

  const load = useCallback(async () => {
    setLoading(true);
    const result = await api.feedback.requests({ status, mine, limit: 200 });
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setItems(result.value);
  }, [status, mine]);
  useEffect(() => void load(), [load]);

  async function decline() {
    if (!declining) return;
    const result = await api.feedback.declineRequest({ id: declining.id, reason: reason.trim() });
    if (!result.ok) return message.error(errorText(result.error));
    message.success(t('feedback.requests.declined'));
    setDeclining(null);
    setReason('');
    void load();
  }

  const record = can('feedback.record');
  return (
    <div data-testid="fb-requests">
      <div className="fb-toolbar">
        <Segmented value={status} onChange={(v) => setStatus(v as Status)} options={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`feedback.requestStatus.${s}`) }))} />
        <label>
          <Switch size="small" checked={mine} onChange={setMine} /> {t('feedback.requests.mine')}
        </label>
      </div>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Table<FeedbackRequest>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('feedback.requests.empty') }}
        onRow={(r) => ({ 'data-testid': 'fb-request-row', 'data-code': r.code }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'code', title: t('feedback.requests.columns.code'), render: (_, r) => <code>{r.code}</code>, width: 100 },
          { key: 'about', title: t('feedback.requests.columns.about'), render: (_, r) => aboutOf(r) },
          { key: 'owner', title: t('feedback.requests.columns.owner'), render: (_, r) => r.ownerName || '—', width: 120 },
          {
            key: 'due',
            title: t('feedback.requests.columns.due'),
            width: 190,
            render: (_, r) => (
              <Space size={4}>
                {minuteText(r.dueAt)}
                {r.overdue && <Tag color="red">{t('feedback.requests.overdue')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'status',
            title: t('feedback.requests.columns.status'),
            width: 160,
            render: (_, r) =>
              r.status === 'answered' && r.responseId ? (
                <a href={pageHash('feedback', r.responseId)}>{t('feedback.requestStatus.answered')}</a>
              ) : r.status === 'declined' ? (
                <span title={t('feedback.requests.reason', { reason: r.declineReason })}>{t('feedback.requestStatus.declined')}</span>
              ) : (
                t(`feedback.requestStatus.${r.status}`)
              ),
          },
          ...(record && status === 'open'
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, r: FeedbackRequest) => (
                    <Space wrap size={4}>
                      <Button size="small" onClick={() => onEnter(r.code)} data-testid="fb-request-enter">
                        {t('feedback.requests.enter')}
                      </Button>
                      {r.templateId && <QuestionnairePrintButton size="small" templateId={r.templateId} requestId={r.id} label={t('feedback.requests.print')} testId="fb-request-print" />}
                      <KioskStartButton size="small" requestId={r.id} templateId={r.templateId} testId="fb-request-kiosk" />
                      <Button size="small" danger onClick={() => setDeclining(r)} data-testid="fb-request-decline">
                        {t('feedback.requests.decline')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={declining !== null}
        title={t('feedback.requests.declineTitle')}
        onCancel={() => setDeclining(null)}
        onOk={() => void decline()}
        okButtonProps={{ disabled: reason.trim() === '', 'data-testid': 'fb-decline-ok' } as ButtonProps}
        destroyOnHidden
      >
        <label className="fb-muted">{t('feedback.requests.declineReason')}</label>
        <Input value={reason} {...lengthCount(feedback.declineRequest.input.shape.reason)} onChange={(e) => setReason(e.target.value)} data-testid="fb-decline-reason" />
      </Modal>
    </div>
  );
}
