import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../context/SessionContext';
import { AuthLayout } from '../frame/AuthLayout';
import { LanguageSwitch } from '../frame/LanguageSwitch';
import { isLocale } from '../i18n';
import { formatFull } from '../lib/format';
import { RestoreFromBackup } from './RestoreFromBackup';
import './setup.css';

/**
 * The desk's data could not be opened (missing, damaged, its key file lost):
 * what went wrong in plain words, and a restore from the newest snapshot,
 * whose folder is already filled in. Nothing else is offered.
 */
export function DamagedScreen() {
  const { t, i18n } = useTranslation();
  const { status, previewLocale } = useSession();
  const damage = status.damage ?? null;
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  return (
    // The language is only shown here: nothing can be saved until the data is back.
    <AuthLayout siteName="" wide testId="damaged-screen" languageSwitch={<LanguageSwitch value={locale} onChange={previewLocale} />}>
      <h2 className="auth-card__title">{t('setupRestore.damagedTitle')}</h2>
      {damage && <Alert type="error" showIcon title={locale === 'en' ? damage.en : damage.zh} className="auth-card__alert" data-testid="damaged-reason" />}
      <p className="auth-card__subtitle">
        {damage?.latestSnapshotAt ? t('setupRestore.damagedLatest', { time: formatFull(damage.latestSnapshotAt) }) : t('setupRestore.damagedNone')}
      </p>
      <RestoreFromBackup initialFolder={damage?.storeFolder ?? undefined} leaving="damaged" />
    </AuthLayout>
  );
}
