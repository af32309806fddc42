import { Form, Input, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES } from '../../../contract/organisation';
import type { Locale } from '../../../contract/print';
import { LogoPicker } from '../lib/LogoPicker';
import { lengthCount } from '../lib/fieldLimit';
import { setupFields, setupRules } from './setupFields';

/** Step 1: the language the desk speaks, the organisation visitors come to see (its logo optional), and the desk's own name. */
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
      <Form.Item name="orgName" label={t('organisation.name')} extra={t('organisation.nameHint')} rules={setupRules.orgName}>
        <Input autoFocus {...lengthCount(setupFields.orgName)} placeholder={t('organisation.namePlaceholder')} data-testid="setup-org-name" />
      </Form.Item>
      <Form.Item name="orgLogo" label={t('organisation.logo')} extra={t('organisation.logoHint', { kb: LOGO_MAX_BYTES / 1024 })}>
        <LogoPicker testId="setup-org-logo" />
      </Form.Item>
      <Form.Item name="siteName" label={t('setup.siteName')} extra={t('organisation.siteNameHint')} rules={setupRules.siteName} required>
        <Input {...lengthCount(setupFields.siteName)} placeholder={t('setup.siteNamePlaceholder')} data-testid="setup-site-name" />
      </Form.Item>
    </>
  );
}
