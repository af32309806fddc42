import { LoadingOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Descriptions, Modal, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotView } from '../../../contract/backup';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { formatFull } from '../lib/format';
import { modalFooter } from '../lib/modalFooter';
import { waitForRestart } from '../lib/waitForRestart';
import { countsText, versionText } from './backupWords';

interface Props {
  snapshot: SnapshotView | null;
  /** The newest snapshot, standing for "today" beside the one chosen (null before the first). */
  current: SnapshotView | null;
  onClose: () => void;
}

type Phase = { kind: 'confirm' } | { kind: 'restarting' } | { kind: 'timedOut' };

/**
 * The restore wizard: what will happen, an explicit confirmation, then the
 * restore itself; main saves the current state first, restarts on the
 * restored data, and the page reloads to sign-in.
 */
export function RestoreModal({ snapshot, current, onClose }: Props) {
  const { t } = useTranslation();
  const { info } = useDesk();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'confirm' });
  const restarting = phase.kind !== 'confirm';

  function close() {
    if (restarting) return;
    setConfirmed(false);
    setError(null);
    onClose();
  }

  async function start() {
    if (!snapshot || !confirmed) return;
    setBusy(true);
    setError(null);
    const result = await api.backup.restore({ id: snapshot.id, confirm: true });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setPhase({ kind: 'restarting' });
    // The restored desk has nobody signed in: that answer is the new start, not the old desk still closing.
    const back = await waitForRestart((status) => status.phase !== 'signedIn');
    if (!back) setPhase({ kind: 'timedOut' });
  }

  return (
    <Modal
      open={snapshot !== null}
      title={t('backup.restore.title')}
      onCancel={close}
      closable={!restarting}
      mask={{ closable: !restarting }}
      keyboard={!restarting}
      width={640}
      destroyOnHidden
      footer={
        restarting
          ? null
          : modalFooter({
              onCancel: close,
              cancelText: t('backup.restore.cancel'),
              onOk: () => void start(),
              okText: t('backup.restore.start'),
              busy,
              okTestId: 'restore-submit',
              okDisabled: !confirmed,
              danger: true,
            })
      }
    >
      {snapshot && phase.kind === 'confirm' && (
        <div data-testid="restore-wizard">
          <Alert type="info" showIcon title={t('backup.restore.explain')} className="backup-alert" />
          <Descriptions column={1} bordered size="small" className="backup-restore-compare">
            <Descriptions.Item label={t('backup.restore.snapshot')}>
              <strong>{formatFull(snapshot.createdAt)}</strong> · {t(`backup.reasons.${snapshot.reason}`)}
              <div>{countsText(t, snapshot.counts)}</div>
              <div className="backup-muted">{versionText(t, snapshot)}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('backup.restore.today')}>
              <div data-testid="restore-today">{t('backup.restore.todayVersion', { app: info.version })}</div>
              {current && current.id !== snapshot.id && (
                <div className="backup-muted">{t('backup.restore.newest', { time: formatFull(current.createdAt), counts: countsText(t, current.counts) })}</div>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Alert type="warning" showIcon title={t('backup.restore.after')} className="backup-alert" />
          {error && <Alert type="error" showIcon title={errorText(error)} className="backup-alert" role="alert" />}
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="restore-confirm">
            {t('backup.restore.confirm', { time: formatFull(snapshot.createdAt) })}
          </Checkbox>
        </div>
      )}
      {phase.kind === 'restarting' && (
        <Result icon={<LoadingOutlined />} title={t('backup.restore.restarting')} subTitle={t('backup.restore.restartingHint')} data-testid="restore-restarting" />
      )}
      {phase.kind === 'timedOut' && <Result status="warning" title={t('backup.restore.waitFailed')} />}
    </Modal>
  );
}
