import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { AuthLayout } from '../frame/AuthLayout';
import { session } from '../../../contract/session';
import { maxLengthOf } from '../lib/fieldLimit';
import { useSession } from '../context/SessionContext';

/** No OS keychain on this PC: the administrator's recovery passphrase opens the data key at start. */
export function UnsealScreen() {
  const { t } = useTranslation();
  const { status, apply } = useSession();
  const [form] = Form.useForm<{ passphrase: string }>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit({ passphrase }: { passphrase: string }) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.session.unseal({ passphrase });
      if (result.ok) return apply(result.value);
      setError(result.error);
      form.setFieldValue('passphrase', '');
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout siteName={status.siteName} testId="unseal-screen">
      <div className="auth-card--centred">
        <div className="auth-card__icon" aria-hidden>
          <KeyOutlined />
        </div>
        <h2 className="auth-card__title">{t('unseal.title')}</h2>
      </div>
      <p className="auth-card__subtitle">{t('unseal.explain')}</p>
      {error && <Alert type="error" showIcon title={errorText(error)} className="auth-card__alert" role="alert" data-testid="unseal-error" />}
      <Form form={form} layout="vertical" size="large" onFinish={(v) => void submit(v)} requiredMark={false} autoComplete="off">
        {/* Hard cap: unsealing saves nothing, and no recovery passphrase is longer than main takes (session.unseal), so a cut loses nothing. */}
        <Form.Item name="passphrase" label={t('unseal.passphrase')} rules={[{ required: true, whitespace: true, message: t('errors.required') }]}>
          <Input.Password autoFocus className="mono-input" maxLength={maxLengthOf(session.unseal.input.shape.passphrase)} spellCheck={false} data-testid="unseal-passphrase" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="unseal-submit">
          {t('unseal.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
