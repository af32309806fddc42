import { App as AntApp, Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import type { DeskSettings } from '../../../contract/settings';
import { api } from '../api/client';
import { isLocale } from '../i18n';
import { errorText } from '../lib/errors';
import { AuthLayout } from '../frame/AuthLayout';
import { ChangePasswordModal } from '../session/ChangePasswordModal';
import { useSession } from '../context/SessionContext';
import { useIdleLock } from '../session/useIdleLock';
import { useLockShortcut } from '../session/useLockShortcut';
import { AppLayout } from './AppLayout';
import { DeskContext, type AppInfo, type DeskContextValue, type SettingsPatch } from '../context/DeskContext';

type LoadState = { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'ready'; settings: DeskSettings; info: AppInfo };

/**
 * Everything a signed-in, unlocked user sees. It mounts on sign-in or unlock
 * and unmounts entirely on lock or sign-out — with its own toast and dialog
 * holder, so no message, modal or half-typed form outlives it in the page.
 */
export function SignedInApp() {
  return (
    <AntApp className="app-root" message={{ top: 64 }} notification={{ top: 64 }}>
      <SignedInContent />
    </AntApp>
  );
}

function SignedInContent() {
  const { t, i18n } = useTranslation();
  const { status, lock, refresh } = useSession();
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const [settings, info] = await Promise.all([api.settings.get({}), api.app.info({})]);
    if (!settings.ok) return setState({ status: 'failed', error: settings.error });
    if (!info.ok) return setState({ status: 'failed', error: info.error });
    setState({ status: 'ready', settings: settings.value, info: info.value });
  }, []);

  // Main refuses the desk's own data until a required password change is done; load it after.
  const mustChangePassword = status.user?.mustChangePassword ?? false;
  useEffect(() => {
    if (!mustChangePassword) void load();
  }, [load, mustChangePassword]);

  const saveSettings = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api.settings.update(patch);
      if (result.ok) {
        setState((s) => (s.status === 'ready' ? { ...s, settings: result.value } : s));
        // The session carries the language, site name and idle time too; take main's new view of them.
        await refresh();
      }
      return result;
    },
    [refresh],
  );

  const minutes = state.status === 'ready' ? state.settings.idleLockMinutes : status.idleLockMinutes;
  const lockNow = useCallback(() => void lock(), [lock]);
  useIdleLock(minutes, lockNow);
  useLockShortcut(lockNow);

  const locale = isLocale(i18n.language) ? i18n.language : status.locale;
  const context = useMemo<DeskContextValue | null>(() => {
    if (state.status !== 'ready') return null;
    const permissions = new Set(status.permissions);
    return {
      // The language is switched through the session (anyone may); keep the settings copy in step.
      settings: { ...state.settings, locale: status.locale },
      info: state.info,
      locale,
      saveSettings,
      can: (p) => permissions.has(p),
    };
  }, [state, status.permissions, status.locale, locale, saveSettings]);

  // Until the password is changed, nothing but the dialog: a reset password must not open the desk.
  if (status.user?.mustChangePassword) {
    return (
      <>
        <AuthLayout siteName={status.siteName} />
        <ChangePasswordModal open forced />
      </>
    );
  }

  if (state.status === 'loading') {
    return (
      <div className="app-centre">
        <Spin size="large" />
        <span>{t('app.loading')}</span>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="app-centre">
        <Result
          status="error"
          title={t('app.loadFailed')}
          subTitle={errorText(state.error)}
          extra={
            <Button type="primary" onClick={() => void load()}>
              {t('app.retry')}
            </Button>
          }
        />
      </div>
    );
  }
  return (
    <DeskContext.Provider value={context!}>
      <AppLayout />
    </DeskContext.Provider>
  );
}
