import { Form, Input, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/print';
import { setupRules } from './setupFields';

/** Step 1: the language the desk speaks and the name it shows. */
export function SiteStep({ onLocale }: { onLocale: (locale: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="locale" label={t('setup.language')}>
        <Segmented<Locale>
          onChange={onLocale}
          aria-label={t('setup.language')}
          options={[
            { label: <span lang="zh-CN">{t('lang.zh')}</span>, value: 'zh-CN' },
            { label: <span lang="en">{t('lang.en')}</span>, value: 'en' },
          ]}
        />
      </Form.Item>
      <Form.Item name="siteName" label={t('setup.siteName')} extra={t('setup.siteNameHint')} rules={setupRules.siteName} required>
        <Input autoFocus maxLength={60} placeholder={t('setup.siteNamePlaceholder')} data-testid="setup-site-name" />
      </Form.Item>
    </>
  );
}
