import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../contract';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { formatFull } from '../lib/format';

type Verdict = Output<'audit', 'verify'>;

/** Walks main's hash chain: either every entry is as written, or the first one that is not is named. */
export function useVerifyIntegrity() {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    try {
      const result = await api.audit.verify({});
      setVerdict(result.ok ? result.value : null);
      setError(result.ok ? null : result.error);
    } finally {
      setBusy(false);
    }
  }

  const clear = () => {
    setVerdict(null);
    setError(null);
  };

  return { verdict, error, busy, verify, clear };
}

export function VerifyButton({ busy, onVerify }: { busy: boolean; onVerify: () => void }) {
  const { t } = useTranslation();
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={busy} onClick={onVerify} data-testid="audit-verify">
      {t('audit.verify')}
    </Button>
  );
}

export function VerifyResult({ verdict, error, onClose }: { verdict: Verdict | null; error: ApiError | null; onClose: () => void }) {
  const { t } = useTranslation();
  if (error) return <Alert type="warning" showIcon title={errorText(error)} className="audit-verdict" data-testid="audit-verify-result" />;
  if (!verdict) return null;
  // The end of the chain against its seal: found now, or earlier in this run (start-up re-seals after telling it).
  const seal = verdict.seal.state === 'short' || verdict.seal.state === 'forged' ? verdict.seal : verdict.seal.reported;
  if (verdict.intact && seal && (seal.state === 'short' || seal.state === 'forged')) {
    return (
      <Alert
        type="error"
        showIcon
        title={seal.state === 'short' ? t('audit.sealShort', { sealed: seal.sealed?.deviceSeq ?? 0, time: formatFull(seal.sealed?.at ?? null) }) : t('audit.sealForged')}
        description={t('audit.brokenHint')}
        className="audit-verdict"
        role="alert"
        data-testid="audit-verify-result"
      />
    );
  }
  if (verdict.intact) {
    return (
      <Alert
        type="success"
        showIcon
        closable={{ onClose }}
        title={t('audit.intact', { count: verdict.checked })}
        className="audit-verdict"
        data-testid="audit-verify-result"
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('audit.broken', { seq: verdict.firstBrokenSeq, time: formatFull(verdict.firstBrokenAt) })}
      description={t('audit.brokenHint')}
      className="audit-verdict"
      role="alert"
      data-testid="audit-verify-result"
    />
  );
}
