import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useState } from 'react';
import type { Locale } from '../../contract/print';
import { applyLocale, currentLocale } from './i18n';
import { SessionGate } from './shell/SessionGate';
import { SessionProvider } from './session/SessionProvider';
import { applyDeskStyle, deskTheme } from './theme';

// Before the first paint, so the app's own CSS never shows its colours unset.
applyDeskStyle();

/** Reads where the desk stands (setup, sealed, signed out, locked, signed in) and shows that screen. */
export default function App() {
  const [locale, setLocale] = useState<Locale>(currentLocale);

  const switchLocale = useCallback((next: Locale) => {
    applyLocale(next);
    setLocale(next);
  }, []);

  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={deskTheme}>
      {/* Toasts below the header, so the clock and visitor count stay readable. */}
      <AntApp className="app-root" message={{ top: 64 }} notification={{ top: 64 }}>
        <SessionProvider onLocale={switchLocale}>
          <SessionGate />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
