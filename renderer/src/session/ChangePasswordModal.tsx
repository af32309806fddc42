import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { useDiscardGuard } from '../lib/useDiscardGuard';
import { showFieldIssues } from '../forms/fieldIssues';
import { newPasswordRules, repeatRules } from '../forms/passwordRules';
import { useSession } from '../context/SessionContext';

interface Values {
  current: string;
  next: string;
  next2: string;
}

interface Props {
  open: boolean;
  /** After a reset or at first sign-in: cannot be dismissed, only completed or left by signing out. */
  forced?: boolean;
  onClose?: () => void;
}

export function ChangePasswordModal({ open, forced = false, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { apply, signOut } = useSession();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    if (busy) return;
    setBusy(true);
    try {
      const result = await api.session.changePassword({ current: values.current, next: values.next });
      if (!result.ok) {
        if (!showFieldIssues(form, result.error, { current: 'current', next: 'next' })) message.error(errorText(result.error));
        return;
      }
      form.resetFields();
      message.success(t('password.done'));
      apply(result.value);
      onClose?.();
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    form.resetFields();
    onClose?.();
  }
  const guard = useDiscardGuard(form, cancel);

  return (
    <Modal
      open={open}
      title={t('password.title')}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      onCancel={forced ? undefined : guard.requestClose}
      destroyOnHidden
      width={440}
      footer={[
        forced ? (
          <Button key="out" onClick={() => void signOut()}>
            {t('account.signOut')}
          </Button>
        ) : (
          <Button key="cancel" onClick={guard.requestClose}>
            {t('password.cancel')}
          </Button>
        ),
        <Button key="ok" type="primary" loading={busy} onClick={() => form.submit()} data-testid="change-password-submit">
          {t('password.submit')}
        </Button>,
      ]}
    >
      {forced && <Alert type="warning" showIcon title={t('password.mustChange')} className="auth-card__alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} autoComplete="off">
        <Form.Item name="current" label={t('password.current')} rules={[{ required: true, message: t('errors.required') }]}>
          <Input.Password autoFocus autoComplete="current-password" data-testid="change-password-current" />
        </Form.Item>
        <Form.Item name="next" label={t('password.next')} extra={t('password.hint')} rules={newPasswordRules}>
          <Input.Password autoComplete="new-password" data-testid="change-password-next" />
        </Form.Item>
        <Form.Item name="next2" label={t('password.next2')} dependencies={['next']} rules={repeatRules(form, 'next')}>
          <Input.Password autoComplete="new-password" onPressEnter={() => form.submit()} data-testid="change-password-next2" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
