import { CloudUploadOutlined, DatabaseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Progress, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../contract/backup';
import { backupProblemText } from '../lib/errors';
import { formatBytes, formatFull } from '../lib/format';
import { HealthTag, VerifiedTag } from './backupWords';

interface Props {
  status: BackupStatus;
  onRun: () => void;
  busy: boolean;
}

/** Last and next backup, whether it held, what is running now, and the space it takes. */
export function BackupSummary({ status, onRun, busy }: Props) {
  const { t } = useTranslation();
  const { last, running, lastAttempt, space } = status;
  const failed = lastAttempt && !lastAttempt.ok ? lastAttempt : null;
  return (
    <Card
      title={
        <span>
          <DatabaseOutlined /> {t('backup.summary.title')}
        </span>
      }
      extra={
        <Button type="primary" icon={<CloudUploadOutlined />} loading={busy} disabled={running !== null || !status.keyReady} onClick={onRun} data-testid="backup-run">
          {t('backup.runNow')}
        </Button>
      }
    >
      {!status.keyReady && <Alert type="warning" showIcon title={t('backup.keyNotReady')} className="backup-alert" />}
      {failed && (
        <Alert
          type="error"
          showIcon
          className="backup-alert"
          data-testid="backup-last-failed"
          title={t('backup.summary.lastFailed', { time: formatFull(failed.at), reason: backupProblemText(failed.problem?.reason ?? 'unknown') })}
        />
      )}
      {running && <RunningOperation running={running} />}
      <Descriptions column={{ xs: 1, lg: 2 }} bordered size="small" data-testid="backup-summary">
        <Descriptions.Item label={t('backup.summary.health')}>
          <HealthTag state={status.health.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('backup.summary.next')}>
          <span data-testid="backup-next">{status.nextAt ? formatFull(status.nextAt) : t('backup.summary.nextNone')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('backup.summary.last')} span={2}>
          {last ? (
            <Space wrap size="small" data-testid="backup-last">
              <strong>{formatFull(last.createdAt)}</strong>
              <span>{t(`backup.reasons.${last.reason}`)}</span>
              <VerifiedTag verified={last.verified} />
              <span className="backup-muted">
                {t('backup.summary.size')} {formatBytes(last.dbBytes)} · {t('backup.summary.added')} {formatBytes(last.newBytes)} · {t('backup.summary.duration')}{' '}
                {t('backup.summary.seconds', { n: (last.durationMs / 1000).toFixed(1) })}
              </span>
            </Space>
          ) : (
            <span data-testid="backup-last">{t('backup.summary.none')}</span>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('backup.summary.space')}>
          <span data-testid="backup-space">{t('backup.summary.spaceValue', { size: formatBytes(space.storeBytes), count: space.snapshots })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('backup.summary.free')}>{space.freeBytes === null ? t('backup.summary.freeUnknown') : formatBytes(space.freeBytes)}</Descriptions.Item>
        <Descriptions.Item label={t('backup.summary.folder')} span={2}>
          <code className="backup-path" lang="zxx">{status.storeFolder}</code>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function RunningOperation({ running }: { running: NonNullable<BackupStatus['running']> }) {
  const { t } = useTranslation();
  const known = running.total > 0;
  const percent = known ? Math.min(100, Math.floor((running.done / running.total) * 100)) : 0;
  return (
    <div className="backup-running" data-testid="backup-running" role="status">
      <span>{t(`backup.running.${running.kind}`)}</span>
      <Progress percent={percent} status="active" showInfo={known} />
      {!known && <span className="backup-muted">{t('backup.running.preparing')}</span>}
    </div>
  );
}
