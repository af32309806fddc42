import { LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText, retryAfterSeconds } from '../lib/errors';
import { AuthLayout } from '../frame/AuthLayout';
import { useSession } from '../context/SessionContext';
import { session } from '../../../contract/session';
import { maxLengthOf } from '../lib/fieldLimit';
import { useRetryCountdown } from './useRetryCountdown';

/**
 * Shown instead of the desk (which is unmounted, not covered): only the site,
 * the clock and who is signed in. Their password unlocks; anyone else signs
 * them out and signs in as themselves.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const { status, apply, signOut } = useSession();
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const retry = useRetryCountdown();
  const passwordRef = useRef<InputRef>(null);

  async function unlock({ password }: { password: string }) {
    if (busy || retry.secondsLeft > 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.session.unlock({ password });
      if (result.ok) return apply(result.value);
      const wait = retryAfterSeconds(result.error);
      if (wait) retry.start(wait);
      setError(result.error);
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  async function leave() {
    const result = await signOut();
    if (!result.ok) setError(result.error);
  }

  const waiting = retry.secondsLeft > 0;
  const alert = waiting
    ? t('signIn.retryIn', { seconds: retry.secondsLeft })
    : error?.code === 'INVALID_CREDENTIALS'
      ? t('lock.wrongPassword')
      : error && error.code !== 'ACCOUNT_LOCKED'
        ? errorText(error)
        : null;

  return (
    <AuthLayout siteName={status.siteName} testId="lock-screen">
      <div className="auth-card--centred">
        <div className="auth-card__icon" aria-hidden>
          <LockOutlined />
        </div>
        <h2 className="auth-card__title">{t('lock.title')}</h2>
        {status.user && (
          <p className="lock-user" data-testid="lock-user">
            {t('lock.signedInAs', { name: status.user.name })}
          </p>
        )}
      </div>
      {alert && <Alert type="error" showIcon title={alert} className="auth-card__alert" role="alert" data-testid="unlock-error" />}
      <Form form={form} layout="vertical" size="large" onFinish={(v) => void unlock(v)} requiredMark={false} autoComplete="off">
        {/* Hard cap: unlocking saves nothing, and no password is longer than main allows (session.unlock), so a cut loses nothing. */}
        <Form.Item name="password" label={t('lock.prompt')} rules={[{ required: true, message: t('errors.required') }]}>
          <Input.Password ref={passwordRef} autoFocus autoComplete="current-password" maxLength={maxLengthOf(session.unlock.input.shape.password)} data-testid="unlock-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} disabled={waiting} data-testid="unlock-submit">
          {t('lock.unlock')}
        </Button>
      </Form>
      <div className="auth-card__footer">
        <Button type="link" icon={<LogoutOutlined />} onClick={() => void leave()} data-testid="lock-signout">
          {t('lock.signOut')}
        </Button>
      </div>
    </AuthLayout>
  );
}
