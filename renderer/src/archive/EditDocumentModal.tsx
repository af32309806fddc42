import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archive, SECURITY_LEVELS, type ArchiveFolder, type DocumentClass, type DocumentDetail, type SecurityLevel } from '../../../contract/archive';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { ClientSelect } from '../directory/ClientSelect';
import { PersonSelect, PlanSelect } from './LinkSelects';
import { showFieldIssues } from '../forms/fieldIssues';
import { errorText } from '../lib/errors';
import { schemaRule } from '../lib/schemaRule';
import { FolderSelect } from './FolderSelect';
import { localName } from './useArchiveRefs';

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

/** Main's issue paths → the form's fields (a refused lowering lands on the level, a missing class or folder on its picker). */
const ISSUE_FIELDS: Record<string, string> = {
  title: 'title',
  notes: 'notes',
  tags: 'tags',
  classId: 'classId',
  security: 'security',
  folderId: 'folderId',
  docDate: 'docDate',
  clientId: 'clientId',
  planId: 'planId',
  personId: 'personId',
};

interface Props {
  doc: DocumentDetail | null;
  folders: ArchiveFolder[];
  classes: DocumentClass[];
  tags: string[];
  onClose: () => void;
  onSaved: (doc: DocumentDetail) => void;
}

/**
 * A document's details (archive.update): title, notes, tags, class, level,
 * folder, date and client. Plan, visit and person links are kept as they are
 * (no ready picker for them in the shared folders).
 */
export function EditDocumentModal({ doc, folders, classes, tags, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const classId = Form.useWatch('classId', form);
  // The service's rule (checkLowering): a confidential document, or one of a class confidential by default, goes lower only with archive.confidential.
  const mayLower = can('archive.confidential');
  const mustStayConfidential = !mayLower && (doc?.security === 'confidential' || classes.find((c) => c.id === classId)?.defaultSecurity === 'confidential');

  async function submit(values: Values) {
    if (!doc) return;
    setSaving(true);
    const r = await api.archive.update({
      id: doc.id,
      title: values.title ?? '',
      notes: values.notes ?? '',
      tags: values.tags ?? [],
      classId: values.classId,
      security: values.security,
      folderId: values.folderId ?? null,
      docDate: values.docDate.format('YYYY-MM-DD'),
      clientId: values.clientId ?? null,
      planId: values.planId ?? null,
      visitId: doc.links.visitId,
      personId: values.personId ?? null,
    });
    setSaving(false);
    if (!r.ok) {
      if (!showFieldIssues(form, r.error, ISSUE_FIELDS)) message.error(errorText(r.error));
      return;
    }
    message.success(t('archiveDocs.edit.saved'));
    onSaved(r.value);
  }

  return (
    <Modal
      open={doc !== null}
      title={t('archiveDocs.edit.title')}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      okText={t('archiveDocs.save')}
      cancelText={t('archiveDocs.cancel')}
      okButtonProps={{ loading: saving, 'data-testid': 'edit-save' } as never}
      onOk={() => form.submit()}
      data-testid="edit-modal"
    >
      {doc && (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{
            title: doc.title,
            classId: doc.classId,
            security: doc.security,
            folderId: doc.folderId,
            tags: doc.tags,
            docDate: dayjs(doc.docDate),
            clientId: doc.links.clientId,
            planId: doc.links.planId,
            personId: doc.links.personId,
            notes: doc.notes,
          }}
        >
          <Form.Item name="title" label={t('archiveDocs.form.title')} rules={[schemaRule(archive.update.input.shape.title)]}>
            <Input data-testid="edit-title" />
          </Form.Item>
          <div className="archive-form-row">
            <Form.Item name="classId" label={t('archiveDocs.form.class')} rules={[{ required: true, message: t('errors.required') }]}>
              <Select
                data-testid="edit-class"
                // A class confidential by default raises the level with it; lowering again is the user's own choice (and checked by main).
                onChange={(id: string) => {
                  if (classes.find((c) => c.id === id)?.defaultSecurity === 'confidential') form.setFieldValue('security', 'confidential');
                }}
                options={classes
                  .filter((c) => !c.archived || c.id === doc.classId)
                  .map((c) => ({
                    value: c.id,
                    label: t('archiveDocs.form.classOption', { name: localName(c, i18n.language), period: c.retentionYears ? t('archiveDocs.form.years', { count: c.retentionYears }) : t('archiveDocs.form.forever') }),
                  }))}
              />
            </Form.Item>
            <Form.Item name="security" label={t('archiveDocs.form.security')} extra={mustStayConfidential ? t('archiveDocs.edit.lowerHint') : undefined}>
              <Select data-testid="edit-security" options={SECURITY_LEVELS.map((s) => ({ value: s, label: t(`archiveDocs.security.${s}`), disabled: mustStayConfidential && s !== 'confidential' }))} />
            </Form.Item>
            <Form.Item name="docDate" label={t('archiveDocs.form.date')} rules={[{ required: true, message: t('errors.required') }]}>
              <DatePicker allowClear={false} data-testid="edit-date" />
            </Form.Item>
          </div>
          <Form.Item name="folderId" label={t('archiveDocs.form.folder')}>
            <FolderSelect folders={folders} testId="edit-folder" />
          </Form.Item>
          <Form.Item name="tags" label={t('archiveDocs.form.tags')} extra={t('archiveDocs.form.tagsHint')}>
            <Select mode="tags" data-testid="edit-tags" options={tags.map((tag) => ({ value: tag, label: tag }))} tokenSeparators={[',', '，']} />
          </Form.Item>
          <Form.Item name="clientId" label={t('archiveDocs.form.client')}>
            <ClientSelect data-testid="edit-client" currentLabel={doc.linkNames.client} />
          </Form.Item>
          <Form.Item name="planId" label={t('archiveDocs.form.plan')}>
            <PlanSelect data-testid="edit-plan" currentLabel={doc.linkNames.plan} />
          </Form.Item>
          <Form.Item name="personId" label={t('archiveDocs.form.person')}>
            <PersonSelect data-testid="edit-person" currentLabel={doc.linkNames.person} />
          </Form.Item>
          <Form.Item name="notes" label={t('archiveDocs.form.notes')} rules={[schemaRule(archive.update.input.shape.notes)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="edit-notes" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
