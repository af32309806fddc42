import { Alert, Button, Form, Input, Modal } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { session } from '../../../../contract/session';
import { api } from '../../api/client';
import { useSession } from '../../context/SessionContext';
import { errorText } from '../../lib/errors';
import { maxLengthOf } from '../../lib/fieldLimit';

interface Values {
  login: string;
  password: string;
}

/** The kiosk's one way out: any active staff member signs in (main ends the kiosk on sign-in). */
export function StaffSignIn({ open, onClose, t }: { open: boolean; onClose: () => void; t: TFunction }) {
  const { apply } = useSession();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      const result = await api.session.signIn({ login: values.login.trim(), password: values.password });
      if (result.ok) return apply(result.value);
      // In the kiosk's own language: the visitor may have switched it, the staff member reads it.
      setError(t(`codes.${result.error.code}`, { defaultValue: errorText(result.error) }));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  return (
    <Modal open={open} title={t('kiosk.staffTitle')} onCancel={close} footer={null} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} role="alert" data-testid="kiosk-signin-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} autoComplete="off">
        <Form.Item name="login" label={t('kiosk.login')} rules={[{ required: true, whitespace: true, message: t('errors.required') }]}>
          {/* Hard cap: a sign-in saves nothing, and main takes no longer login (session.signIn), so a cut loses no data. */}
          <Input autoFocus autoComplete="username" spellCheck={false} maxLength={maxLengthOf(session.signIn.input.shape.login)} data-testid="kiosk-login" />
        </Form.Item>
        <Form.Item name="password" label={t('kiosk.password')} rules={[{ required: true, message: t('errors.required') }]}>
          {/* Hard cap: as above, for the password. */}
          <Input.Password autoComplete="current-password" maxLength={maxLengthOf(session.signIn.input.shape.password)} data-testid="kiosk-password" />
        </Form.Item>
        <div className="kiosk__signin-actions">
          <Button onClick={close}>{t('kiosk.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="kiosk-signin">
            {t('kiosk.signIn')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
