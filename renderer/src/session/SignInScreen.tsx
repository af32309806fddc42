import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText, retryAfterSeconds } from '../lib/errors';
import { AuthLayout } from '../frame/AuthLayout';
import { showFieldIssues } from '../forms/fieldIssues';
import { useSession } from '../context/SessionContext';
import { session } from '../../../contract/session';
import { maxLengthOf } from '../lib/fieldLimit';
import { useRetryCountdown } from './useRetryCountdown';

interface Values {
  login: string;
  password: string;
}

/** Who is at the desk: login and password, Enter submits; repeated failures shut the account for a while. */
export function SignInScreen() {
  const { t } = useTranslation();
  const { status, apply } = useSession();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const retry = useRetryCountdown();
  // The lock-out is per account: someone else may still sign in meanwhile.
  const [lockedLogin, setLockedLogin] = useState('');
  const typedLogin = (Form.useWatch('login', form) ?? '').trim().toLowerCase();
  const passwordRef = useRef<InputRef>(null);

  const waiting = retry.secondsLeft > 0 && typedLogin === lockedLogin;

  async function submit(values: Values) {
    if (busy || waiting) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.session.signIn({ login: values.login.trim(), password: values.password });
      if (result.ok) return apply(result.value);
      const wait = retryAfterSeconds(result.error);
      if (wait) {
        retry.start(wait);
        setLockedLogin(values.login.trim().toLowerCase());
      }
      if (!showFieldIssues(form, result.error, { login: 'login', password: 'password' })) setError(result.error);
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  const alert = waiting
    ? t('signIn.retryIn', { seconds: retry.secondsLeft })
    : error && error.code !== 'ACCOUNT_LOCKED'
      ? errorText(error)
      : null;

  return (
    <AuthLayout siteName={status.siteName} testId="signin-screen">
      <h2 className="auth-card__title">{t('signIn.title')}</h2>
      <p className="auth-card__subtitle">{t('signIn.subtitle')}</p>
      {alert && <Alert type="error" showIcon title={alert} className="auth-card__alert" data-testid="signin-error" role="alert" />}
      <Form<Values> form={form} layout="vertical" size="large" onFinish={(v) => void submit(v)} requiredMark={false} autoComplete="off">
        {/* Hard caps: signing in saves nothing, and no login or password is longer than main allows (session.signIn), so a cut loses nothing. */}
        <Form.Item name="login" label={t('auth.login')} rules={[{ required: true, whitespace: true, message: t('errors.required') }]}>
          <Input prefix={<UserOutlined aria-hidden />} autoFocus autoComplete="username" spellCheck={false} maxLength={maxLengthOf(session.signIn.input.shape.login)} data-testid="signin-login" />
        </Form.Item>
        {/* Hard cap: as for the login. */}
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('errors.required') }]}>
          <Input.Password ref={passwordRef} prefix={<LockOutlined aria-hidden />} autoComplete="current-password" maxLength={maxLengthOf(session.signIn.input.shape.password)} data-testid="signin-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} disabled={waiting} data-testid="signin-submit">
          {t('signIn.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
