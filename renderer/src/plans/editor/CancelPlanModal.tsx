import { Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { modalFooter } from '../../lib/modalFooter';

interface Props {
  open: boolean;
  title: string;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** Cancelling a visit says why: the reason goes into the audit log with the change. */
export function CancelPlanModal({ open, title, busy, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('planEditor.status.cancel.title', { title })}
      onCancel={onCancel}
      footer={modalFooter({
        onCancel,
        cancelText: t('planEditor.status.cancel.back'),
        onOk: () => form.submit(),
        okText: t('planEditor.status.cancel.ok'),
        busy,
        okTestId: 'plan-cancel-submit',
        danger: true,
      })}
      destroyOnHidden
      width={520}
    >
      <Typography.Paragraph type="secondary">{t('planEditor.status.cancel.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => onSubmit(v.reason.trim())} autoComplete="off">
        <Form.Item
          name="reason"
          label={t('planEditor.status.cancel.reason')}
          rules={[{ required: true, whitespace: true, message: t('planEditor.status.cancel.reasonRequired') }]}
        >
          <Input autoFocus maxLength={200} placeholder={t('planEditor.status.cancel.reasonPlaceholder')} data-testid="plan-cancel-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
