import { Alert, App, Form, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import type { ExpiredItem } from '../../../contract/retention';
import { api } from '../api/client';
import { errorText } from '../lib/errors';

/** Asks for the ticked items to be destroyed, with a reason; two managers approve it afterwards. */
export function RequestDialog({ open, items, onClose, onDone }: { open: boolean; items: ExpiredItem[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const result = await api.retention.request({ items: items.map((i) => ({ kind: i.kind, id: i.id })), reason });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setReason('');
    message.success(t('retention.request.done', { code: result.value.code }));
    onDone();
  };

  return (
    <Modal
      open={open}
      title={t('retention.request.title')}
      okText={t('retention.request.submit')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: busy, 'data-testid': 'retention-request-submit' } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        title={t('retention.request.intro', { documents: items.filter((i) => i.kind === 'document').length, people: items.filter((i) => i.kind === 'person').length })}
      />
      <Form layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item label={t('retention.request.reason')} required>
          <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} placeholder={t('retention.request.reasonPlaceholder')} data-testid="retention-reason" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
    </Modal>
  );
}
