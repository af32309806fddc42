import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archive, DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES, type DocumentDetail } from '../../../contract/archive';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { formatBytes } from '../lib/format';
import { schemaRule } from '../lib/schemaRule';
import { uploadFile } from './uploadFile';

/** A new version of a document: the file and why; it waits for a manager's approval. */
export function NewVersionModal({ doc, onClose, onSubmitted }: { doc: DocumentDetail | null; onClose: () => void; onSubmitted: (d: DocumentDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit({ reason }: { reason: string }) {
    if (!doc) return;
    if (!file || file.size > MAX_DOCUMENT_BYTES) {
      setFileError(file ? t('archiveDocs.tooLarge', { size: formatBytes(MAX_DOCUMENT_BYTES) }) : t('archiveDocs.form.pickFile'));
      return;
    }
    abort.current = new AbortController();
    setProgress(0);
    const sent = await uploadFile(file, setProgress, abort.current.signal);
    if (!sent.ok) {
      setProgress(null);
      if (sent.error) message.error(errorText(sent.error));
      return;
    }
    const result = await api.archive.submitVersion({ documentId: doc.id, uploadId: sent.uploadId, reason });
    setProgress(null);
    if (!result.ok) {
      message.error(errorText(result.error));
      return;
    }
    message.success(t('archiveDocs.newVersion.submitted'));
    setFile(null);
    form.resetFields();
    onSubmitted(result.value);
  }

  function close() {
    abort.current?.abort();
    setFile(null);
    setFileError(null);
    setProgress(null);
    form.resetFields();
    onClose();
  }

  return (
    <Modal
      open={doc !== null}
      title={t('archiveDocs.newVersion.title')}
      onCancel={close}
      okText={t('archiveDocs.newVersion.submit')}
      cancelText={t('archiveDocs.cancel')}
      okButtonProps={{ loading: progress !== null, 'data-testid': 'version-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
      data-testid="version-modal"
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={progress !== null}>
        <Form.Item label={t('archiveDocs.form.file')} required validateStatus={fileError ? 'error' : undefined} help={fileError ?? undefined}>
          <input
            ref={input}
            type="file"
            accept={DOCUMENT_ACCEPT}
            className="archive-file-input"
            aria-label={t('archiveDocs.form.pickFile')}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setFileError(null);
            }}
            data-testid="version-file"
          />
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
            {t('archiveDocs.form.pickFile')}
          </Button>
          {file && (
            <Typography.Text className="archive-file-name">
              {file.name} · {formatBytes(file.size)}
            </Typography.Text>
          )}
        </Form.Item>
        {progress !== null && <Progress percent={progress} data-testid="version-progress" />}
        <Form.Item name="reason" label={t('archiveDocs.newVersion.reason')} rules={[schemaRule(archive.submitVersion.input.shape.reason)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="version-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
