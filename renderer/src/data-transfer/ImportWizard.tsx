import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Result, Spin, Steps, Typography, Upload } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT, type ImportTarget } from '../../../contract/data-import';
import { errorText } from '../lib/errors';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { useImportWizard, type ImportStep } from './useImportWizard';

const STEPS: ImportStep[] = ['file', 'map', 'preview', 'done'];

/**
 * Excel in: file → sheet and columns → rows checked, fixed or skipped →
 * one all-or-nothing commit → what was written. Shared: the import tab, a
 * plan's guest list and the clients screen open it.
 */
export function ImportWizard({ target, planId, onDone, onClose }: { target: ImportTarget; planId?: string; onDone?: () => void; onClose?: () => void }) {
  const { t } = useTranslation();
  const wizard = useImportWizard(target, planId);
  const result = wizard.result;
  // Whoever opened the wizard refreshes what the import changed (the plan's guests, the client list).
  useEffect(() => {
    if (wizard.step === 'done') onDone?.();
  }, [wizard.step, onDone]);
  return (
    <Flex vertical gap="large" data-testid="import-wizard">
      <Steps size="small" current={STEPS.indexOf(wizard.step)} items={STEPS.map((s) => ({ title: t(`dataImport.steps.${s}`) }))} />
      {wizard.error && <Alert type="error" showIcon title={errorText(wizard.error)} data-testid="import-error" />}
      {wizard.step === 'file' && (
        <Spin spinning={wizard.busy} tip={t('dataImport.reading')}>
          <Upload.Dragger
            accept={IMPORT_ACCEPT}
            showUploadList={false}
            multiple={false}
            disabled={wizard.progress !== null || wizard.busy}
            beforeUpload={(file) => {
              void wizard.upload(file);
              return false;
            }}
            data-testid="import-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('dataImport.drop')}</p>
            <p className="ant-upload-hint">{t('dataImport.dropHint')}</p>
          </Upload.Dragger>
          {wizard.progress !== null && <Progress percent={wizard.progress} aria-label={t('dataImport.uploading')} />}
        </Spin>
      )}
      {wizard.step === 'map' && wizard.sheet && <ImportMappingStep wizard={wizard} target={target} />}
      {wizard.step === 'preview' && <ImportPreviewStep wizard={wizard} target={target} />}
      {wizard.step === 'done' && result && (
        <Result
          status="success"
          title={t('dataImport.done')}
          subTitle={<Typography.Text data-testid="import-result">{t('dataImport.result', result)}</Typography.Text>}
          extra={[
            <Button key="again" onClick={wizard.restart}>
              {t('dataImport.again')}
            </Button>,
            onClose && (
              <Button key="close" type="primary" onClick={onClose} data-testid="import-close">
                {t('dataImport.close')}
              </Button>
            ),
          ]}
        />
      )}
    </Flex>
  );
}
