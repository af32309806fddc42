import { LockOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Layout, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../lib/useHashRoute';
import { useSession } from '../context/SessionContext';
import { useDesk } from '../context/DeskContext';
import { LanguageSwitch } from '../frame/LanguageSwitch';
import { LiveClock } from '../frame/LiveClock';
import { GlobalSearch } from '../global-search/GlobalSearch';
import { TaskCountBadge } from '../task-inbox/TaskCountBadge';
import { useTaskReminders } from '../task-inbox/useTaskReminders';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

interface Props {
  page: Page | null;
  pages: Page[];
  /** Null for users who may not see the desk lists. */
  onSiteCount: number | null;
  onOpenSettings: () => void;
  onChangePassword: () => void;
}

export function AppHeader({ page, pages, onSiteCount, onOpenSettings, onChangePassword }: Props) {
  const { t } = useTranslation();
  const { settings, can } = useDesk();
  const { lock } = useSession();
  // The header lives as long as the signed-in app: reminders are asked for from here.
  useTaskReminders(true);
  return (
    <Layout.Header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden>
          <TeamOutlined />
        </span>
        <h1 className="app-header__title">{t('app.name')}</h1>
        {settings.siteName && (
          <span className="app-header__site" title={settings.siteName}>
            {settings.siteName}
          </span>
        )}
      </div>
      <MainNav page={page} pages={pages} />
      <div className="app-header__status">
        <GlobalSearch />
        <TaskCountBadge />
        {onSiteCount !== null && (
          <div className="onsite-pill" title={t('header.onSiteTitle')} role="status" aria-live="polite">
            <span className="onsite-pill__label">{t('header.onSite')}</span>
            <strong className="onsite-pill__count" data-testid="onsite-count">
              {onSiteCount}
            </strong>
            {t('header.onSiteUnit') && <span className="onsite-pill__label">{t('header.onSiteUnit')}</span>}
          </div>
        )}
        <LiveClock />
        <LanguageSwitch />
        {can('settings.manage') && (
          <Tooltip title={t('header.settings')}>
            <Button data-testid="settings-button" icon={<SettingOutlined />} onClick={onOpenSettings} aria-label={t('header.settings')} />
          </Tooltip>
        )}
        <Tooltip title={t('account.lockHint')}>
          <Button data-testid="lock-button" icon={<LockOutlined />} onClick={() => void lock()} aria-label={t('account.lock')} />
        </Tooltip>
        <UserMenu onChangePassword={onChangePassword} />
      </div>
    </Layout.Header>
  );
}
