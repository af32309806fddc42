import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VerifyProgress } from '../../../contract/audit';
import { errorText } from '../lib/errors';
import { formatFull } from '../lib/format';
import type { useVerifyJob, VerifyJobState } from './useVerifyJob';

type VerifyJob = ReturnType<typeof useVerifyJob>;

/** Verify (incremental where main has a sealed checkpoint) and a full check from the first entry. */
export function VerifyButtons({ job }: { job: VerifyJob }) {
  const { t } = useTranslation();
  const startingFull = job.state.phase === 'starting' && job.state.request;
  return (
    <>
      <Button icon={<SafetyCertificateOutlined />} loading={job.busy && !startingFull} disabled={job.busy} onClick={() => void job.start(false)} data-testid="audit-verify">
        {t('audit.verify')}
      </Button>
      <Button loading={startingFull} disabled={job.busy} onClick={() => void job.start(true)} data-testid="audit-verify-full">
        {t('audit.verifyFull')}
      </Button>
    </>
  );
}

/** A running verify: how far it got, and a way to stop it. */
function VerifyRunning({ progress, onCancel }: { progress: VerifyProgress; onCancel: () => void }) {
  const { t } = useTranslation();
  const percent = progress.total > 0 ? Math.floor((progress.checked / progress.total) * 100) : 0;
  return (
    <div className="audit-verify-progress" data-testid="audit-verify-progress">
      <span>{t(progress.mode === 'full' ? 'audit.verifyingFull' : 'audit.verifyingIncremental')}</span>
      <Progress percent={percent} size="small" className="audit-verify-progress__bar" />
      <span className="audit-verify-progress__count">{t('audit.verifyChecked', { checked: progress.checked.toLocaleString(), total: progress.total.toLocaleString() })}</span>
      <Button size="small" onClick={onCancel} disabled={progress.state !== 'running'} data-testid="audit-verify-cancel">
        {t('audit.verifyCancel')}
      </Button>
    </div>
  );
}

/** Which run it was (incremental after the N entries already verified, or full and why) and when the last full check found the log intact. */
function useRunText(progress: VerifyProgress): string {
  const { t } = useTranslation();
  const run =
    progress.mode === 'incremental'
      ? t('audit.runIncremental', { count: progress.fromEntries, time: formatFull(progress.fromAt) })
      : t(`audit.runFull.${progress.fullReason ?? 'asked'}`);
  const lastFull = progress.lastFullAt ? t('audit.lastFull', { time: formatFull(progress.lastFullAt) }) : t('audit.lastFullNever');
  return `${run} ${lastFull}`;
}

function Verdict({ progress, onClose }: { progress: VerifyProgress; onClose: () => void }) {
  const { t } = useTranslation();
  const runText = useRunText(progress);
  const common = { showIcon: true, className: 'audit-verdict', 'data-testid': 'audit-verify-result' } as const;
  if (progress.state === 'cancelled') return <Alert {...common} type="info" closable={{ onClose }} title={t('audit.verifyCancelled', { count: progress.checked })} />;
  if (progress.state === 'failed') return <Alert {...common} type="warning" title={errorText({ code: progress.error ?? 'INTERNAL', message: '' })} />;
  // The end of the chain against its seal: found now, or earlier in this run (start-up re-seals after telling it).
  const now = progress.seal;
  const seal = now && (now.state === 'short' || now.state === 'forged') ? now : (now?.reported ?? null);
  if (progress.intact && seal) {
    const title = seal.state === 'short' ? t('audit.sealShort', { sealed: seal.sealed?.deviceSeq ?? 0, time: formatFull(seal.sealed?.at ?? null) }) : t('audit.sealForged');
    return <Alert {...common} type="error" role="alert" title={title} description={t('audit.brokenHint')} />;
  }
  if (progress.intact) return <Alert {...common} type="success" closable={{ onClose }} title={t('audit.intact', { count: progress.checked })} description={runText} />;
  return (
    <Alert
      {...common}
      type="error"
      role="alert"
      title={t('audit.broken', { seq: progress.firstBrokenSeq, time: formatFull(progress.firstBrokenAt) })}
      description={`${t('audit.brokenHint')} ${runText}`}
    />
  );
}

/** The verify's state on the audit screen: its progress while it runs, then its verdict. */
export function VerifyStatus({ state, onCancel, onClose }: { state: VerifyJobState; onCancel: () => void; onClose: () => void }) {
  if (state.phase === 'refused') return <Alert type="warning" showIcon title={errorText(state.error)} className="audit-verdict" data-testid="audit-verify-result" />;
  if (state.phase === 'running') return <VerifyRunning progress={state.progress} onCancel={onCancel} />;
  if (state.phase === 'ended') return <Verdict progress={state.progress} onClose={onClose} />;
  return null;
}
