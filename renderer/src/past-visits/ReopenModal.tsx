import { Alert, App, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { changeReason } from '../../../contract/past-visits';
import { lengthCount } from '../lib/fieldLimit';

/** A manager takes a past visit back to in progress, with a reason the log keeps. */
export function ReopenModal({ planId, open, onClose, onDone }: { planId: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const reopen = async () => {
    setBusy(true);
    const result = await api.pastVisits.reopen({ planId, reason: reason.trim() });
    setBusy(false);
    if (!result.ok) {
      message.error(errorText(result.error));
      return;
    }
    message.success(t('pastVisits.reopen.done'));
    setReason('');
    onDone();
  };

  return (
    <Modal
      open={open}
      title={t('pastVisits.reopen.title')}
      okText={t('pastVisits.reopen.submit')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: busy, 'data-testid': 'reopen-submit' } as never}
      onOk={() => void reopen()}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon title={t('pastVisits.reopen.hint')} />
      <Input.TextArea rows={3} {...lengthCount(changeReason)} className="past-visit-file__reason" placeholder={t('pastVisits.reopen.reason')} aria-label={t('pastVisits.reopen.reason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="reopen-reason" />
    </Modal>
  );
}
