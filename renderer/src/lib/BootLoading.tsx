import { useTranslation } from 'react-i18next';
import './bootLoading.css';

/**
 * Before the desk's code (and antd with it) has arrived: a plain spinner and the
 * words the session check shows next, so the start reads as one continuous wait.
 * It fades in only if the wait is long enough to notice.
 */
export function BootLoading() {
  const { t } = useTranslation();
  return (
    <div className="app-centre boot-loading" role="status" data-testid="boot-loading">
      <span className="boot-loading__ring" aria-hidden />
      <span>{t('app.loading')}</span>
    </div>
  );
}
