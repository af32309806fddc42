import { SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDesk } from './DeskContext';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveClock } from './LiveClock';

interface Props {
  onSiteCount: number;
  onOpenSettings: () => void;
}

export function AppHeader({ onSiteCount, onOpenSettings }: Props) {
  const { t } = useTranslation();
  const { settings, info } = useDesk();
  return (
    <Layout.Header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden>
          <TeamOutlined />
        </span>
        <h1 className="app-header__title">{t('app.name')}</h1>
        {settings.siteName && <span className="app-header__site">{settings.siteName}</span>}
      </div>
      <div className="app-header__status">
        <div className="onsite-pill" title={t('header.onSiteTitle')} role="status" aria-live="polite">
          <span className="onsite-pill__label">{t('header.onSite')}</span>
          <strong className="onsite-pill__count" data-testid="onsite-count">
            {onSiteCount}
          </strong>
          {t('header.onSiteUnit') && <span className="onsite-pill__label">{t('header.onSiteUnit')}</span>}
        </div>
        <LiveClock />
        {info.operator.name && (
          <span className="app-header__operator">
            <UserOutlined aria-hidden /> {t('header.operator', { name: info.operator.name })}
          </span>
        )}
        <LanguageSwitch />
        <Tooltip title={t('header.settings')}>
          <Button
            data-testid="settings-button"
            icon={<SettingOutlined />}
            onClick={onOpenSettings}
            aria-label={t('header.settings')}
          >
            {t('header.settings')}
          </Button>
        </Tooltip>
      </div>
    </Layout.Header>
  );
}
