import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOWUP_URGENCIES, followupFields, type FollowupDetail, type FollowupTemplate, type FollowupUrgency } from '../../../contract/followups';
import { api } from '../api/client';
import { showFieldIssues } from '../forms/fieldIssues';
import { errorText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { modalFooter } from '../lib/modalFooter';
import { schemaRule, schemaRuleText } from '../lib/schemaRule';
import { ClientSelect } from './ClientSelect';
import { StaffSelect } from './StaffSelect';

interface Values {
  clientId: string | null;
  templateId: string;
  title?: string;
  urgency: FollowupUrgency;
  ownerUserId: string | null;
  startDay: Dayjs;
  notes?: string;
}

/** Main's field paths are the form's field names. */
const ISSUE_FIELDS = Object.fromEntries(['clientId', 'templateId', 'title', 'urgency', 'ownerUserId', 'startDay', 'notes'].map((f) => [f, f]));

interface Props {
  open: boolean;
  /** The client it is for (from the client's detail); absent, the user picks one. */
  client?: { id: string; name: string } | null;
  onClose: () => void;
  onStarted: (followup: FollowupDetail) => void;
}

/** Starts a follow-up sequence for a client from a template (steps dated from the start day; owner defaults to the account manager). */
export function StartFollowupModal({ open, client, onClose, onStarted }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [templates, setTemplates] = useState<FollowupTemplate[]>([]);
  const [busy, setBusy] = useState(false);
  const lang = i18n.language === 'en' ? 'en' : 'zh';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    void api.followups.templates({}).then((result) => {
      if (!result.ok) return;
      setTemplates(result.value);
      form.setFieldsValue({ templateId: result.value[0]?.id });
    });
    form.setFieldsValue({ clientId: client?.id ?? null, urgency: 'normal', ownerUserId: null, startDay: dayjs() });
  }, [open, client, form]);

  async function submit(values: Values) {
    const clientId = client?.id ?? values.clientId;
    if (busy || !clientId) return;
    setBusy(true);
    try {
      const result = await api.followups.create({
        clientId,
        templateId: values.templateId,
        ...(values.title?.trim() && { title: values.title.trim() }),
        urgency: values.urgency,
        ownerUserId: values.ownerUserId ?? null,
        startDay: values.startDay.format('YYYY-MM-DD'),
        notes: values.notes ?? '',
      });
      if (!result.ok) {
        if (!showFieldIssues(form, result.error, ISSUE_FIELDS)) message.error(errorText(result.error));
        return;
      }
      onStarted(result.value);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('followups.startDialog.title')}
      onCancel={onClose}
      footer={modalFooter({ onCancel: onClose, cancelText: t('followups.dialogs.cancel'), onOk: () => form.submit(), okText: t('followups.startDialog.submit'), busy, okTestId: 'followup-start-submit' })}
      destroyOnHidden
      width={560}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} autoComplete="off">
        {client ? (
          <Form.Item label={t('followups.startDialog.client')}>
            <Input disabled value={client.name} data-testid="followup-start-client-name" />
          </Form.Item>
        ) : (
          <Form.Item name="clientId" label={t('followups.startDialog.client')} rules={[{ required: true, message: t('errors.required') }]}>
            <ClientSelect data-testid="followup-start-client" />
          </Form.Item>
        )}
        <Form.Item name="templateId" label={t('followups.startDialog.template')} rules={[{ required: true, message: t('errors.required') }]}>
          <Select options={templates.map((tp) => ({ value: tp.id, label: tp.name[lang] || tp.name.zh }))} data-testid="followup-start-template" />
        </Form.Item>
        <Form.Item name="title" label={t('followups.startDialog.titleField')} rules={[{ validator: async (_r, v: string | undefined) => {
              // Empty takes the template's name; anything typed must be a title main takes.
              const problem = v?.trim() ? schemaRuleText(followupFields.title, v) : null;
              if (problem) throw new Error(problem);
            } }]}>
          <Input {...lengthCount(followupFields.title)} data-testid="followup-start-title" />
        </Form.Item>
        <div className="form-grid">
          <Form.Item name="urgency" label={t('followups.startDialog.urgency')}>
            <Select options={FOLLOWUP_URGENCIES.map((u) => ({ value: u, label: t(`followups.urgency.${u}`) }))} data-testid="followup-start-urgency" />
          </Form.Item>
          <Form.Item name="startDay" label={t('followups.startDialog.startDay')} rules={[{ required: true, message: t('errors.required') }]}>
            <DatePicker allowClear={false} style={{ width: '100%' }} data-testid="followup-start-day" />
          </Form.Item>
        </div>
        <Form.Item name="ownerUserId" label={t('followups.startDialog.owner')}>
          <StaffSelect data-testid="followup-start-owner" />
        </Form.Item>
        <Form.Item name="notes" label={t('followups.startDialog.notes')} rules={[schemaRule(followupFields.notes)]}>
          <Input.TextArea {...lengthCount(followupFields.notes)} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
