import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../contract/print';
import type { ApiError } from '../../contract/result';
import type { DeskSettings } from '../../contract/settings';
import { api } from './api/client';
import { applyLocale, currentLocale } from './i18n';
import { errorText } from './lib/errors';
import { DeskContext, type AppInfo, type DeskContextValue, type SettingsPatch } from './shell/DeskContext';
import { DeskPage } from './shell/DeskPage';
import { deskTheme } from './theme';

type LoadState =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; settings: DeskSettings; info: AppInfo };

/** Loads the saved settings and who is signed in, then shows the desk in the saved language. */
export default function App() {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<Locale>(currentLocale);
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  const switchLocale = useCallback((next: Locale) => {
    applyLocale(next);
    setLocale(next);
  }, []);

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const [settings, info] = await Promise.all([api.settings.get({}), api.app.info({})]);
    if (!settings.ok) return setState({ status: 'failed', error: settings.error });
    if (!info.ok) return setState({ status: 'failed', error: info.error });
    switchLocale(settings.value.locale);
    setState({ status: 'ready', settings: settings.value, info: info.value });
  }, [switchLocale]);

  useEffect(() => {
    void load();
  }, [load]);

  const saveSettings = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api.settings.update(patch);
      if (result.ok) {
        setState((s) => (s.status === 'ready' ? { ...s, settings: result.value } : s));
        if (patch.locale) switchLocale(result.value.locale);
      }
      return result;
    },
    [switchLocale],
  );

  // Switch first so the desk answers the click at once; saving follows.
  const changeLocale = useCallback(
    (next: Locale) => {
      switchLocale(next);
      return saveSettings({ locale: next });
    },
    [switchLocale, saveSettings],
  );

  const context = useMemo<DeskContextValue | null>(() => {
    if (state.status !== 'ready') return null;
    const permissions = new Set(state.info.permissions);
    return {
      settings: state.settings,
      info: state.info,
      locale,
      saveSettings,
      changeLocale,
      can: (p) => permissions.has(p),
    };
  }, [state, locale, saveSettings, changeLocale]);

  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={deskTheme}>
      {/* Toasts below the header, so the clock and visitor count stay readable. */}
      <AntApp className="app-root" message={{ top: 64 }} notification={{ top: 64 }}>
        {state.status === 'loading' && (
          <div className="app-centre">
            <Spin size="large" />
            <span>{t('app.loading')}</span>
          </div>
        )}
        {state.status === 'failed' && (
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
        )}
        {context && (
          <DeskContext.Provider value={context}>
            <DeskPage />
          </DeskContext.Provider>
        )}
      </AntApp>
    </ConfigProvider>
  );
}
