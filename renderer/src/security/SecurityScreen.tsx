import { KeyOutlined, LockOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Progress, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors';
import { RotateKeyModal } from './RotateKeyModal';
import { useKeyStatus } from './useKeyStatus';
import './security.css';

/** How the data key is protected, and its rotation: for administrators only. */
export function SecurityScreen() {
  const { t } = useTranslation();
  const { status, error, setStatus } = useKeyStatus();
  const [rotating, setRotating] = useState(false);
  const percent = status && status.total > 0 ? Math.floor((status.done / status.total) * 100) : 100;

  return (
    <div className="security-page">
      <Card
        title={
          <span>
            <KeyOutlined /> {t('security.title')}
          </span>
        }
        extra={
          <Button icon={<SyncOutlined />} disabled={!status || status.rotating} onClick={() => setRotating(true)} data-testid="rotate-key">
            {t('security.rotate')}
          </Button>
        }
      >
        {error && <Alert type="error" showIcon message={errorText(error)} />}
        {status && (
          <Descriptions column={1} bordered size="middle" data-testid="key-status">
            <Descriptions.Item label={t('security.protection')}>
              {status.protection === 'os-keychain' ? (
                <Tag icon={<LockOutlined />} color="green">
                  {t('security.osKeychain')}
                </Tag>
              ) : (
                <Tag color="gold">{t('security.passphraseOnly')}</Tag>
              )}
              <div className="security-hint">{t(status.protection === 'os-keychain' ? 'security.osKeychainHint' : 'security.passphraseOnlyHint')}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('security.currentKey')}>{t('security.keyGeneration', { n: status.currentKeyId })}</Descriptions.Item>
            <Descriptions.Item label={t('security.sealedValues')}>
              {status.rotating ? (
                <div data-testid="rotation-progress">
                  <Progress percent={percent} status="active" />
                  {t('security.rotatingProgress', { done: status.done, total: status.total })}
                </div>
              ) : (
                <span data-testid="rotation-done">{t('security.allSealed', { total: status.total })}</span>
              )}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <RotateKeyModal
        open={rotating}
        onClose={() => setRotating(false)}
        onStarted={(next) => {
          setRotating(false);
          setStatus(next);
        }}
      />
    </div>
  );
}
