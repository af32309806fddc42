import { CheckCircleOutlined, CloseCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupHealth, SnapshotView } from '../../../contract/backup';
import { backupProblemText } from '../lib/errors';
import { formatFull } from '../lib/format';

const HEALTH_COLOR: Record<BackupHealth['state'], string> = { ok: 'green', stale: 'gold', failing: 'red', never: 'orange' };

export function HealthTag({ state }: { state: BackupHealth['state'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={HEALTH_COLOR[state]} data-testid="backup-health">
      {t(`backup.health.${state}`)}
    </Tag>
  );
}

/** Whether a snapshot's every chunk was read back and held, with when (and why not) in the tooltip. */
export function VerifiedTag({ verified }: { verified: SnapshotView['verified'] }) {
  const { t } = useTranslation();
  if (!verified) {
    return (
      <Tag icon={<QuestionCircleOutlined />} data-testid="snapshot-verified" data-state="none">
        {t('backup.verified.not')}
      </Tag>
    );
  }
  const at = t('backup.verified.at', { time: formatFull(verified.at) });
  return (
    <Tooltip title={verified.ok ? at : `${at}: ${backupProblemText(verified.reason ?? 'unknown')}`}>
      <Tag
        icon={verified.ok ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
        color={verified.ok ? 'green' : 'red'}
        data-testid="snapshot-verified"
        data-state={verified.ok ? 'ok' : 'failed'}
      >
        {t(verified.ok ? 'backup.verified.ok' : 'backup.verified.failed')}
      </Tag>
    </Tooltip>
  );
}

/** "访客 12 · 来访 40 · 客户 3 · 计划 2": what a snapshot holds, as people count it. */
export function countsText(t: (key: string, o: Record<string, unknown>) => string, counts: SnapshotView['counts']): string {
  return t('backup.history.countsValue', { ...counts });
}

export function versionText(t: (key: string, o: Record<string, unknown>) => string, s: SnapshotView): string {
  return t('backup.history.versionValue', { app: s.appVersion, schema: s.schemaVersion });
}
