import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeReason, PLAN_CHANGE_FIELDS, VISIT_CHANGE_FIELDS, type PastVisitFile, type RecordChangeTarget } from '../../../contract/past-visits';
import { api } from '../api/client';
import { errorText, issueText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';

interface Values {
  target: RecordChangeTarget;
  visitId?: string;
  field: string;
  text?: string;
  time?: Dayjs | null;
  reason: string;
}

/** The field's value in the record now, as the form shows it. */
function currentOf(file: PastVisitFile, target: RecordChangeTarget, visitId: string | undefined, field: string): string {
  if (target === 'plan') return String((file.plan as Record<string, unknown>)[field] ?? '');
  const visit = file.visits.find((v) => v.id === visitId);
  return visit ? String((visit as Record<string, unknown>)[field] ?? '').replace('T', ' ') : '';
}

/** Asks for a change to the plan's record or one guest's visit: one field, its new value, and why. */
export function RequestChangeModal({ file, open, onClose, onSent }: { file: PastVisitFile; open: boolean; onClose: () => void; onSent: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const target = Form.useWatch('target', form) ?? 'plan';
  const field = Form.useWatch('field', form);
  const visitId = Form.useWatch('visitId', form);
  const fields = target === 'plan' ? PLAN_CHANGE_FIELDS : VISIT_CHANGE_FIELDS;

  const submit = async (v: Values) => {
    const value = v.field === 'checkOutAt' ? (v.time ? v.time.format('YYYY-MM-DDTHH:mm') : '') : (v.text ?? '');
    const values = { [v.field]: value };
    setBusy(true);
    const result =
      v.target === 'plan'
        ? await api.pastVisits.requestChange({ target: 'plan', planId: file.plan.id, values, reason: v.reason })
        : await api.pastVisits.requestChange({ target: 'visit', planId: file.plan.id, visitId: v.visitId ?? '', values, reason: v.reason });
    setBusy(false);
    if (!result.ok) {
      const issue = result.error.issues?.[0];
      if (issue) {
        const name = issue.path === 'reason' ? 'reason' : issue.path === 'visitId' ? 'visitId' : v.field === 'checkOutAt' ? 'time' : 'text';
        form.setFields([{ name, errors: [issueText(issue.message)] }]);
      } else message.error(errorText(result.error));
      return;
    }
    message.success(t('pastVisits.request.sent'));
    form.resetFields();
    onSent();
  };

  return (
    <Modal
      open={open}
      title={t('pastVisits.request.title')}
      okText={t('pastVisits.request.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'request-change-submit' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ target: 'plan', field: 'purpose' }} onFinish={(v) => void submit(v)} data-testid="request-change-form">
        <Form.Item name="target" label={t('pastVisits.request.target')}>
          <Select
            options={(['plan', 'visit'] as const).filter((k) => k === 'plan' || file.visits.length > 0).map((k) => ({ value: k, label: t(`pastVisits.targets.${k}`) }))}
            onChange={(k: RecordChangeTarget) => form.setFieldsValue({ field: k === 'plan' ? 'purpose' : 'host', visitId: k === 'visit' ? file.visits[0]?.id : undefined })}
            data-testid="request-change-target"
          />
        </Form.Item>
        {target === 'visit' && (
          <Form.Item name="visitId" label={t('pastVisits.request.visit')} rules={[{ required: true, message: issueText('required') }]}>
            <Select options={file.visits.map((v) => ({ value: v.id, label: `${v.name} · ${v.badgeNo}` }))} data-testid="request-change-visit" />
          </Form.Item>
        )}
        <Form.Item name="field" label={t('pastVisits.request.field')} extra={field ? t('pastVisits.request.current', { value: currentOf(file, target, visitId, field) || '—' }) : undefined}>
          <Select options={fields.map((f) => ({ value: f, label: t(`pastVisits.fields.${f}`) }))} data-testid="request-change-field" />
        </Form.Item>
        {field === 'checkOutAt' ? (
          <Form.Item name="time" label={t('pastVisits.request.value')} rules={[{ required: true, message: issueText('required') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" maxDate={dayjs()} data-testid="request-change-time" />
          </Form.Item>
        ) : (
          <Form.Item name="text" label={t('pastVisits.request.value')}>
            <Input.TextArea rows={field === 'title' || field === 'host' ? 1 : 3} data-testid="request-change-value" />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('pastVisits.request.reason')} rules={[{ required: true, whitespace: true, message: issueText('required') }]}>
          <Input.TextArea rows={2} {...lengthCount(changeReason)} data-testid="request-change-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
