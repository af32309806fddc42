import { Alert, App, Col, Row, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotView } from '../../../contract/backup';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { BackupSummary } from './BackupSummary';
import { HistoryTable } from './HistoryTable';
import { RestoreModal } from './RestoreModal';
import { ScheduleForm } from './ScheduleForm';
import { TargetsCard } from './TargetsCard';
import { useBackup } from './useBackup';
import './backup.css';

/** Backups for administrators: the state of the last one, what runs now, schedule, second place, history and restore. */
export function BackupScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { status, snapshots, error, act } = useBackup();
  const [running, setRunning] = useState(false);
  const [restoring, setRestoring] = useState<SnapshotView | null>(null);

  async function start(call: () => ReturnType<typeof api.backup.run>, started: string) {
    setRunning(true);
    try {
      const failed = await act(call);
      if (failed) message.error(errorText(failed));
      else message.success(started);
    } finally {
      setRunning(false);
    }
  }

  if (!status) {
    return (
      <div className="backup-page" data-testid="backup-screen">
        {error ? <Alert type="error" showIcon title={errorText(error)} /> : <Spin />}
      </div>
    );
  }
  const busy = status.running !== null;
  return (
    <div className="backup-page" data-testid="backup-screen">
      {error && <Alert type="error" showIcon title={errorText(error)} className="backup-alert" />}
      <BackupSummary status={status} busy={running} onRun={() => void start(() => api.backup.run({}), t('backup.runStarted'))} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <ScheduleForm schedule={status.schedule} onSave={(schedule) => act(() => api.backup.updateSchedule(schedule))} />
        </Col>
        <Col xs={24} xl={14}>
          <TargetsCard status={status} act={act} />
        </Col>
      </Row>
      <HistoryTable
        snapshots={snapshots}
        busy={busy}
        onVerify={(s) => void start(() => api.backup.verify({ id: s.id }), t('backup.history.verifyStarted'))}
        onRestore={setRestoring}
      />
      <RestoreModal snapshot={restoring} current={snapshots?.[0] ?? null} onClose={() => setRestoring(null)} />
    </div>
  );
}
