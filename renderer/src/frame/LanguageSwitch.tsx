import { App, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/print';
import { isLocale } from '../i18n';
import { errorText } from '../lib/errors';
import { useSession } from '../context/SessionContext';

interface Props {
  /** For first-run setup, where the choice is kept in the wizard until it completes. */
  value?: Locale;
  onChange?: (locale: Locale) => void;
}

/** 中文 / English, always written in their own language so either reader can find theirs. */
export function LanguageSwitch({ value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { setLocale } = useSession();
  const current = value ?? (isLocale(i18n.language) ? i18n.language : 'zh-CN');

  async function change(next: Locale) {
    if (onChange) return onChange(next);
    const result = await setLocale(next);
    if (!result.ok) message.warning(errorText(result.error));
  }

  return (
    <Segmented<Locale>
      data-testid="lang-switch"
      aria-label={t('header.language')}
      value={current}
      onChange={(v) => void change(v)}
      options={[
        // Each name marked with its language, so a screen reader says "English" in English.
        { label: <span lang="zh-CN">{t('lang.zh')}</span>, value: 'zh-CN' },
        { label: <span lang="en">{t('lang.en')}</span>, value: 'en' },
      ]}
    />
  );
}
