import { Form, Input, Modal, Typography, type FormRule } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { plans } from '../../../../contract/plans';
import { modalFooter } from '../../lib/modalFooter';
import { issueText } from '../../lib/errors';
import { lengthCount } from '../../lib/fieldLimit';
import { useDiscardGuard } from '../../lib/useDiscardGuard';

interface Props {
  open: boolean;
  title: string;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** Any well-formed id: only the reason's own issues are read. */
const SOME_PLAN = '00000000-0000-7000-8000-000000000000';

/** The reason as main checks it: the transition's own schema, for a move to cancelled. */
const reasonRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    const result = plans.transition.input.safeParse({ id: SOME_PLAN, to: 'cancelled', reason: value ?? '' });
    const issue = result.error?.issues.find((i) => i.path[0] === 'reason');
    if (issue) throw new Error(issueText(issue.message));
  },
};

/** Cancelling a visit says why: the reason goes into the audit log with the change. */
export function CancelPlanModal({ open, title, busy, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const guard = useDiscardGuard(form, onCancel);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('planEditor.status.cancel.title', { title })}
      onCancel={guard.requestClose}
      footer={modalFooter({
        onCancel: guard.requestClose,
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
          rules={[reasonRule]}
        >
          <Input autoFocus {...lengthCount(plans.transition.input.shape.reason)} placeholder={t('planEditor.status.cancel.reasonPlaceholder')} data-testid="plan-cancel-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
