import { TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveClock } from './LiveClock';
import './frame.css';
import './auth.css';

interface Props {
  siteName: string;
  /** The setup wizard keeps its own language choice; elsewhere the switch saves it in main. */
  languageSwitch?: ReactNode;
  wide?: boolean;
  testId?: string;
  /** Without children the page is only the frame (a dialog stands over it). */
  children?: ReactNode;
}

/**
 * The frame of every screen shown before the desk opens (setup, unseal,
 * sign-in, lock): app and site name, clock and language, one centred card.
 * It carries no visitor data by construction.
 */
export function AuthLayout({ siteName, languageSwitch, wide, testId, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="auth-page" data-testid={testId}>
      <header className="auth-page__bar">
        <div className="auth-page__brand">
          <span className="app-header__logo" aria-hidden>
            <TeamOutlined />
          </span>
          <span className="auth-page__app">{t('app.name')}</span>
          {siteName && <span className="auth-page__site">{siteName}</span>}
        </div>
        <div className="auth-page__tools">
          <LiveClock />
          {languageSwitch ?? <LanguageSwitch />}
        </div>
      </header>
      <main className="auth-page__main">
        {children && <div className={wide ? 'auth-card auth-card--wide' : 'auth-card'}>{children}</div>}
      </main>
    </div>
  );
}
