import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Form, Input, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import { setup } from '../../../contract/session';
import { maxLengthOf } from '../lib/fieldLimit';
import { errorText, issueText } from '../lib/errors';

interface Props {
  passphrase: string | null;
  error: ApiError | null;
}

/**
 * Step 3: the recovery passphrase, shown this once in large type, then typed
 * back by the administrator — proof it was written down before the data key
 * that only it can restore elsewhere is created.
 */
export function RecoveryStep({ passphrase, error }: Props) {
  const { t } = useTranslation();
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  if (!passphrase) {
    return (
      <div className="recovery-loading">
        <Spin />
        <span>{t('setup.recoveryLoading')}</span>
      </div>
    );
  }
  return (
    <>
      <p className="recovery-intro">{t('setup.recoveryIntro')}</p>
      <div className="recovery-passphrase mono" data-testid="setup-recovery-passphrase">
        {passphrase}
      </div>
      <Alert
        type="warning"
        showIcon
        icon={<SafetyCertificateOutlined />}
        title={t('setup.recoveryAdvice')}
        description={t('setup.recoveryKeep')}
        className="recovery-advice"
      />
      <Form.Item
        name="recoveryConfirm"
        label={t('setup.recoveryConfirm')}
        rules={[{ required: true, whitespace: true, message: issueText('required') }]}
      >
        <Input
          size="large"
          className="mono-input"
          spellCheck={false}
          autoComplete="off"
          // Hard cap, as on a password field: this is the shown passphrase typed back, compared and never stored,
          // and main takes nothing longer (setup.complete), so a cut cannot lose data.
          maxLength={maxLengthOf(setup.complete.input.shape.recoveryPassphrase)}
          placeholder={t('setup.recoveryConfirmPlaceholder')}
          data-testid="setup-recovery-confirm"
        />
      </Form.Item>
    </>
  );
}
