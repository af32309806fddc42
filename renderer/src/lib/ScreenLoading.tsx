import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Where a screen will be while its code arrives (screens load on first opening): a spinner and a word, never a blank. */
export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <div className="app-centre" role="status" data-testid="screen-loading">
      <Spin size="large" />
      <span>{t('loading.screen')}</span>
    </div>
  );
}
