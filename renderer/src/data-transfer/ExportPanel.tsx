import { Alert, App, Button, Flex, Form, Input, Progress, Radio, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullExport, type ExportDataset, type ExportFormat, type ExportRequest } from '../../../contract/data-export';
import type { ApiError } from '../../../contract/result';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { handOverFile } from '../lib/handOverFile';
import { deskSpace } from '../theme';
import { useExportJob } from './useExportJob';

interface Props {
  dataset: ExportDataset;
  /** The filters main is asked for (the screen's, or the list's the dialog was opened from). */
  filters: ExportRequest['filters'];
  /** After the file was handed over, or the export cancelled. */
  onFinished?: () => void;
  /** Shown left of the start button (a dialog's close). */
  extraAction?: React.ReactNode;
}

/** Main's refusals that have words of their own here; the rest read as any error does. */
function refusalText(error: ApiError, t: (k: string, o?: Record<string, unknown>) => string): string {
  const reason = error.details?.reason;
  if (error.code === 'CONFLICT' && (reason === 'tooManyRows' || reason === 'exportRunning')) return t(`dataExport.${reason}`, error.details ?? {});
  return errorText(error);
}

/**
 * How to export (format, ID numbers masked or in full with a reason) and the
 * export itself: progress with rows written of the total, cancel, and the
 * file handed over (download, or the save dialog in Electron) when done.
 */
export function ExportPanel({ dataset, filters, onFinished, extraAction }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const mayFull = can('data.exportFull');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [full, setFull] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const job = useExportJob();
  const handedOver = useRef<string | null>(null);
  const { state } = job;
  const running = state.phase === 'starting' || state.phase === 'running';

  // Done: hand the file over once, say where it went, and let the caller move on.
  useEffect(() => {
    if (state.phase !== 'ended') return;
    const p = state.progress;
    if (p.state === 'done' && p.fileId && handedOver.current !== p.fileId) {
      handedOver.current = p.fileId;
      void handOverFile(p.fileId, t('dataExport.what', { dataset: t(`dataExport.datasets.${dataset}`), count: p.rows })).then((notice) => {
        message.open({ type: notice.type, content: notice.text, duration: 8 });
        job.reset();
        onFinished?.();
      });
    }
  }, [state, dataset, message, t, job, onFinished]);

  function start() {
    const why = reason.trim();
    if (full && !why) {
      setReasonMissing(true);
      return;
    }
    void job.start({ dataset, filters, format, ...(full && { full: { reason: why } }) } as ExportRequest);
  }

  const progress = state.phase === 'running' || state.phase === 'ended' ? state.progress : null;
  const percent = progress ? (progress.total > 0 ? Math.floor((progress.rows / progress.total) * 100) : progress.state === 'done' ? 100 : 0) : 0;

  return (
    <Form layout="vertical" disabled={running} data-testid="export-panel">
      <Form.Item label={t('dataExport.format')}>
        <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} data-testid="export-format">
          <Radio value="xlsx" data-testid="export-format-xlsx">
            {t('dataExport.formats.xlsx')}
          </Radio>
          <Radio value="csv" data-testid="export-format-csv">
            {t('dataExport.formats.csv')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      {dataset !== 'plans' && dataset !== 'clients' && (
        <Form.Item label={t('dataExport.idNumbers')} extra={mayFull ? undefined : t('dataExport.fullNoPermission')}>
          <Radio.Group value={full} onChange={(e) => setFull(e.target.value as boolean)} data-testid="export-id-numbers">
            <Radio value={false}>{t('dataExport.masked')}</Radio>
            <Radio value={true} disabled={!mayFull} data-testid="export-full">
              {t('dataExport.full')}
            </Radio>
          </Radio.Group>
        </Form.Item>
      )}
      {full && (
        <>
          <Alert type="warning" showIcon title={t('dataExport.fullWarning')} style={{ marginBottom: deskSpace.md }} />
          <Form.Item label={t('dataExport.reason')} required validateStatus={reasonMissing ? 'error' : undefined} help={reasonMissing ? t('dataExport.reasonRequired') : undefined}>
            <Input.TextArea
              value={reason}
              {...lengthCount(fullExport.shape.reason)}
              autoSize={{ minRows: 2, maxRows: 4 }}
              placeholder={t('dataExport.reasonPlaceholder')}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonMissing(false);
              }}
              data-testid="export-reason"
            />
          </Form.Item>
        </>
      )}
      {state.phase === 'refused' && <Alert type="error" showIcon title={refusalText(state.error, t)} style={{ marginBottom: deskSpace.md }} data-testid="export-error" />}
      {progress && progress.state === 'cancelled' && <Alert type="info" showIcon title={t('dataExport.cancelled')} style={{ marginBottom: deskSpace.md }} data-testid="export-cancelled" />}
      {progress && progress.state === 'failed' && (
        <Alert type="error" showIcon title={t('dataExport.failed', { error: i18nCode(progress.error, t) })} style={{ marginBottom: deskSpace.md }} data-testid="export-error" />
      )}
      {progress && (progress.state === 'running' || progress.state === 'done') && (
        <div style={{ marginBottom: deskSpace.md }} data-testid="export-progress">
          <Progress percent={percent} status={progress.state === 'done' ? 'success' : 'active'} />
          <Typography.Text type="secondary" data-testid="export-progress-text">
            {t('dataExport.progress', { rows: progress.rows, total: Math.max(progress.total, progress.rows) })}
          </Typography.Text>
        </div>
      )}
      <Flex gap={deskSpace.xs} justify="flex-end">
        {extraAction}
        {running ? (
          // The form is disabled while running; this one button must stay live.
          <Form disabled={false} component={false}>
            <Button danger onClick={() => void job.cancel()} data-testid="export-cancel">
              {t('dataExport.cancel')}
            </Button>
          </Form>
        ) : (
          <Button type="primary" onClick={start} data-testid="export-start">
            {t('dataExport.start')}
          </Button>
        )}
      </Flex>
    </Form>
  );
}

function i18nCode(code: string | null, t: (k: string) => string): string {
  return t(`codes.${code ?? 'INTERNAL'}`);
}
