import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyStatus } from '../../../contract/keys';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { useDiscardGuard } from '../lib/useDiscardGuard';
import { deskSpace } from '../theme';

interface Props {
  open: boolean;
  onClose: () => void;
  onStarted: (status: KeyStatus) => void;
}

/**
 * Rotating needs the recovery passphrase: the new key is wrapped by it too, so
 * a backup still opens on a new PC with the same passphrase.
 */
export function RotateKeyModal({ open, onClose, onStarted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ recoveryPassphrase: string }>();
  const [busy, setBusy] = useState(false);
  const guard = useDiscardGuard(form, () => {
    form.resetFields();
    onClose();
  });

  async function submit({ recoveryPassphrase }: { recoveryPassphrase: string }) {
    setBusy(true);
    try {
      const result = await api.keys.rotate({ recoveryPassphrase });
      if (result.ok) {
        message.success(t('security.rotationStarted'));
        form.resetFields();
        onStarted(result.value);
        return;
      }
      if (result.error.code === 'WRONG_PASSPHRASE') form.setFields([{ name: 'recoveryPassphrase', errors: [t('security.wrongPassphrase')] }]);
      else message.error(errorText(result.error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('security.rotateTitle')}
      okText={t('security.rotateConfirm')}
      cancelText={t('security.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={guard.requestClose}
      okButtonProps={{ 'data-testid': 'rotate-submit' }}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t('security.rotateExplain')} style={{ marginBottom: deskSpace.md }} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="recoveryPassphrase"
          label={t('security.recoveryPassphrase')}
          rules={[{ required: true, whitespace: true, message: t('security.passphraseRequired') }]}
        >
          <Input.Password autoComplete="off" placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" data-testid="rotate-passphrase" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
