import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../contract/users';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { showFieldIssues } from '../forms/fieldIssues';
import { newPasswordRules } from '../forms/passwordRules';
import { modalFooter } from '../lib/modalFooter';
import { useDiscardGuard } from '../lib/useDiscardGuard';

interface Props {
  user: UserSummary | null;
  onClose: () => void;
  onDone: (user: UserSummary) => void;
}

/** The administrator sets a temporary password (never reads the old one); the person must change it at next sign-in. */
export function ResetPasswordModal({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const guard = useDiscardGuard(form, onClose);
  const { markClean } = guard;

  useEffect(() => {
    if (!user) return;
    form.resetFields();
    markClean();
  }, [user, form, markClean]);

  async function submit({ password }: { password: string }) {
    if (!user || busy) return;
    setBusy(true);
    try {
      const result = await api.users.resetPassword({ id: user.id, password });
      if (result.ok) return onDone(result.value);
      if (!showFieldIssues(form, result.error, { password: 'password' })) message.error(errorText(result.error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.reset.title', { name: user.name }) : ''}
      onCancel={guard.requestClose}
      destroyOnHidden
      width={460}
      footer={modalFooter({ onCancel: guard.requestClose, cancelText: t('users.form.cancel'), onOk: () => form.submit(), okText: t('users.reset.submit'), busy, okTestId: 'reset-password-submit' })}
    >
      <Alert type="info" showIcon title={t('users.reset.explain')} className="users-reset__explain" />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} autoComplete="off" requiredMark={false}>
        <Form.Item name="password" label={t('users.reset.password')} extra={t('password.hint')} rules={newPasswordRules}>
          <Input.Password autoFocus autoComplete="new-password" data-testid="reset-password-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
