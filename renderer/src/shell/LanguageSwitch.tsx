import { App, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/print';
import { errorText } from '../lib/errors';
import { useDesk } from './DeskContext';

/** 中文 / English, always written in their own language so either reader can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { locale, changeLocale } = useDesk();

  async function onChange(next: Locale) {
    const result = await changeLocale(next);
    if (!result.ok) message.warning(errorText(result.error));
  }

  return (
    <Segmented<Locale>
      data-testid="lang-switch"
      aria-label={t('header.language')}
      value={locale}
      onChange={(v) => void onChange(v)}
      options={[
        { label: t('lang.zh'), value: 'zh-CN' },
        { label: t('lang.en'), value: 'en' },
      ]}
    />
  );
}
