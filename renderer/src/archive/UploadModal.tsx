import { UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Progress, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archive, DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES, SECURITY_LEVELS, type ArchiveFolder, type DocumentClass, type DocumentDetail, type SecurityLevel } from '../../../contract/archive';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { ClientSelect } from '../directory/ClientSelect';
import { PersonSelect, PlanSelect } from './LinkSelects';
import { errorText } from '../lib/errors';
import { formatBytes } from '../lib/format';
import { schemaRule } from '../lib/schemaRule';
import { FolderSelect } from './FolderSelect';
import { localName } from './useArchiveRefs';
import { uploadFile } from './uploadFile';

interface Values {
  title: string;
  classId: string;
  security: SecurityLevel;
  folderId: string | null;
  tags: string[];
  docDate: Dayjs;
  clientId: string | null;
  planId: string | null;
  personId: string | null;
  notes: string;
}

interface Props {
  open: boolean;
  folders: ArchiveFolder[];
  classes: DocumentClass[];
  tags: string[];
  /** The folder chosen in the tree: where a new document goes unless changed. */
  folderId: string | undefined;
  onClose: () => void;
  onFiled: (doc: DocumentDetail) => void;
}

/** The file's name without its extension: the title a document gets unless one is typed. */
function titleOf(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').slice(0, 200);
}

/**
 * Files a new document: the file goes to main in chunks with a progress bar
 * (cancel stops it and drops what was sent), then main checks it (type by
 * content, size) and files it with the metadata in one write.
 */
export function UploadModal({ open, folders, classes, tags, folderId, onClose, onFiled }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [storing, setStoring] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const activeClasses = classes.filter((c) => !c.archived);
  const { can } = useDesk();
  const classId = Form.useWatch('classId', form);
  // A class confidential by default (a contract) is filed lower only by someone who may see confidential files (main refuses it too).
  const onlyConfidential = classes.find((c) => c.id === classId)?.defaultSecurity === 'confidential' && !can('archive.confidential');

  function reset() {
    form.resetFields();
    setFile(null);
    setFileError(null);
    setProgress(null);
    setStoring(false);
  }

  function pick(f: File | undefined) {
    if (!f) return;
    setFile(f);
    setFileError(f.size > MAX_DOCUMENT_BYTES ? t('archiveDocs.tooLarge', { size: formatBytes(MAX_DOCUMENT_BYTES) }) : null);
    if (!form.getFieldValue('title')) form.setFieldValue('title', titleOf(f.name));
  }

  async function submit(values: Values) {
    if (!file || fileError) {
      setFileError(fileError ?? t('archiveDocs.form.pickFile'));
      return;
    }
    abort.current = new AbortController();
    setProgress(0);
    const sent = await uploadFile(file, setProgress, abort.current.signal);
    if (!sent.ok) {
      setProgress(null);
      if (sent.error) message.error(errorText(sent.error));
      else message.info(t('archiveDocs.cancelled'));
      return;
    }
    setStoring(true);
    const result = await api.archive.create({
      uploadId: sent.uploadId,
      title: values.title,
      classId: values.classId,
      security: values.security,
      folderId: values.folderId ?? null,
      tags: values.tags ?? [],
      docDate: values.docDate.format('YYYY-MM-DD'),
      clientId: values.clientId ?? null,
      planId: values.planId ?? null,
      personId: values.personId ?? null,
      notes: values.notes ?? '',
    });
    setStoring(false);
    setProgress(null);
    if (!result.ok) {
      message.error(errorText(result.error));
      return;
    }
    message.success(t('archiveDocs.uploaded', { code: result.value.code }));
    reset();
    onFiled(result.value);
  }

  function close() {
    abort.current?.abort();
    reset();
    onClose();
  }

  const busy = progress !== null;
  return (
    <Modal
      open={open}
      title={t('archiveDocs.upload')}
      onCancel={close}
      width={640}
      destroyOnHidden
      okText={t('archiveDocs.save')}
      cancelText={t('archiveDocs.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'upload-save' } as never}
      onOk={() => form.submit()}
      data-testid="upload-modal"
      afterOpenChange={(visible) => {
        if (visible) form.setFieldsValue({ folderId: folderId ?? null, docDate: dayjs(), tags: [] });
      }}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={busy}>
        <Form.Item label={t('archiveDocs.form.file')} required validateStatus={fileError ? 'error' : undefined} help={fileError ?? t('archiveDocs.form.fileHint', { size: formatBytes(MAX_DOCUMENT_BYTES) })}>
          <input ref={input} type="file" accept={DOCUMENT_ACCEPT} className="archive-file-input" aria-label={t('archiveDocs.form.pickFile')} onChange={(e) => pick(e.target.files?.[0])} data-testid="upload-file" />
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
            {t('archiveDocs.form.pickFile')}
          </Button>
          {file && (
            <Typography.Text className="archive-file-name" data-testid="upload-file-name">
              {file.name} · {formatBytes(file.size)}
            </Typography.Text>
          )}
        </Form.Item>
        {busy && (
          <div className="archive-progress" data-testid="upload-progress" data-percent={progress}>
            <Typography.Text type="secondary">{storing ? t('archiveDocs.storing') : t('archiveDocs.uploading', { name: file?.name ?? '' })}</Typography.Text>
            <Progress percent={progress} status={storing ? 'active' : 'normal'} />
            {!storing && (
              <Button size="small" onClick={() => abort.current?.abort()} disabled={false} data-testid="upload-cancel">
                {t('archiveDocs.cancel')}
              </Button>
            )}
          </div>
        )}
        <Form.Item name="title" label={t('archiveDocs.form.title')} rules={[schemaRule(archive.create.input.shape.title)]}>
          <Input data-testid="upload-title" />
        </Form.Item>
        <div className="archive-form-row">
          <Form.Item name="classId" label={t('archiveDocs.form.class')} rules={[{ required: true, message: t('errors.required') }]}>
            <Select
              data-testid="upload-class"
              options={activeClasses.map((c) => ({
                value: c.id,
                label: t('archiveDocs.form.classOption', { name: localName(c, i18n.language), period: c.retentionYears ? t('archiveDocs.form.years', { count: c.retentionYears }) : t('archiveDocs.form.forever') }),
              }))}
              onChange={(id: string) => {
                const c = classes.find((x) => x.id === id);
                if (c) form.setFieldValue('security', c.defaultSecurity);
              }}
            />
          </Form.Item>
          <Form.Item name="security" label={t('archiveDocs.form.security')} rules={[{ required: true, message: t('errors.required') }]}>
            <Select data-testid="upload-security" options={SECURITY_LEVELS.map((s) => ({ value: s, label: t(`archiveDocs.security.${s}`), disabled: onlyConfidential && s !== 'confidential' }))} />
          </Form.Item>
          <Form.Item name="docDate" label={t('archiveDocs.form.date')} rules={[{ required: true, message: t('errors.required') }]}>
            <DatePicker allowClear={false} data-testid="upload-date" />
          </Form.Item>
        </div>
        <Form.Item name="folderId" label={t('archiveDocs.form.folder')}>
          <FolderSelect folders={folders} />
        </Form.Item>
        <Form.Item name="tags" label={t('archiveDocs.form.tags')} extra={t('archiveDocs.form.tagsHint')}>
          <Select mode="tags" data-testid="upload-tags" options={tags.map((tag) => ({ value: tag, label: tag }))} tokenSeparators={[',', '，']} />
        </Form.Item>
        <Form.Item name="clientId" label={t('archiveDocs.form.client')}>
          <ClientSelect data-testid="upload-client" />
        </Form.Item>
        <Form.Item name="planId" label={t('archiveDocs.form.plan')}>
          <PlanSelect data-testid="upload-plan" />
        </Form.Item>
        <Form.Item name="personId" label={t('archiveDocs.form.person')}>
          <PersonSelect data-testid="upload-person" />
        </Form.Item>
        <Form.Item name="notes" label={t('archiveDocs.form.notes')} rules={[schemaRule(archive.create.input.shape.notes)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="upload-notes" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
