import { Alert, Button } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupHealth } from '../../../contract/backup';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { formatFull } from '../lib/format';
import { pageHash } from '../lib/useHashRoute';
import { usePolling } from '../lib/usePolling';
import './banner.css';

/** Backups change state a few times a day at most: a look every few minutes is plenty. */
const HEALTH_POLL_MS = 5 * 60_000;

/**
 * One line over the front desk when backups are not being made (failing,
 * older than a day, never), a softer one when only the second place could not
 * be reached. Nothing at all while they are fine. Administrators get a link to
 * the backup screen; everyone else is asked to tell one.
 */
export function BackupBanner() {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [health, setHealth] = useState<BackupHealth | null>(null);
  const refresh = useCallback(async () => {
    const result = await api.backup.health({});
    // A failed look says nothing about backups: keep what was known.
    if (result.ok) setHealth(result.value);
  }, []);
  usePolling(refresh, HEALTH_POLL_MS, true);

  if (!health) return null;
  const serious = health.state !== 'ok';
  if (!serious && !health.targetWarning) return null;

  const admin = can('backup.manage');
  const action = admin ? (
    <Button size="small" type="link" href={pageHash('backup')} data-testid="backup-banner-open">
      {t('backup.banner.open')}
    </Button>
  ) : (
    <span className="backup-banner__hint">{t('backup.banner.tellAdmin')}</span>
  );
  const title = serious ? t(`backup.banner.${health.state as 'stale' | 'failing' | 'never'}`) : t('backup.banner.target');
  const last = serious && health.lastSuccessAt ? t('backup.banner.last', { time: formatFull(health.lastSuccessAt) }) : null;
  return (
    <Alert
      className="backup-banner"
      type={serious ? 'warning' : 'info'}
      showIcon
      banner
      title={
        <>
          <span className="backup-banner__title">{title}</span>
          {last && <span className="backup-banner__last">{last}</span>}
        </>
      }
      action={action}
      data-testid="backup-banner"
      data-state={serious ? health.state : 'target'}
      role="status"
    />
  );
}
