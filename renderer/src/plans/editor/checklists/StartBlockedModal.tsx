import { Alert, Button, Form, Input, Modal, Typography, type FormRule } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { plans } from '../../../../../contract/plans';
import { issueText } from '../../../lib/errors';
import { lengthCount } from '../../../lib/fieldLimit';
import { modalFooter } from '../../../lib/modalFooter';

interface Props {
  /** Required items still open, as main counted them when it refused; null when closed. */
  open: number | null;
  /** The session holds plans.override: it may start anyway, with a reason. */
  mayOverride: boolean;
  busy: boolean;
  onCancel: () => void;
  onOverride: (reason: string) => void;
  onShowList: () => void;
}

const SOME_PLAN = '00000000-0000-7000-8000-000000000000';

/** The reason as main checks it: the transition's own schema for an override. */
const reasonRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    const result = plans.transition.input.safeParse({ id: SOME_PLAN, to: 'in_progress', override: true, reason: value ?? '' });
    const issue = result.error?.issues.find((i) => i.path[0] === 'reason');
    if (issue) throw new Error(issueText(issue.message));
  },
};

/**
 * Main refused to start the visit: required checklist items are still open.
 * A manager may start it anyway and says why (audited); anyone else is shown
 * what is open and the way to the list.
 */
export function StartBlockedModal({ open, mayOverride, busy, onCancel, onOverride, onShowList }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (open !== null) form.resetFields();
  }, [open, form]);
  const count = open ?? 0;
  const showList = (
    <Button key="list" onClick={onShowList} data-testid="start-blocked-show-list">
      {t('planChecklists.start.showList')}
    </Button>
  );
  return (
    <Modal
      open={open !== null}
      title={t('planChecklists.start.title')}
      onCancel={onCancel}
      destroyOnHidden
      width={540}
      footer={
        mayOverride
          ? [
              showList,
              ...modalFooter({ onCancel, cancelText: t('planChecklists.tick.cancel'), onOk: () => form.submit(), okText: t('planChecklists.start.override'), busy, okTestId: 'start-override-submit', danger: true }),
            ]
          : [
              showList,
              <Button key="close" type="primary" onClick={onCancel} data-testid="start-blocked-close">
                {t('planChecklists.start.close')}
              </Button>,
            ]
      }
    >
      <div data-testid="start-blocked">
        <Alert type="warning" showIcon title={t('planChecklists.start.openItems', { count })} className="pt-alert" />
        {mayOverride ? (
          <>
            <Typography.Paragraph type="secondary">{t('planChecklists.start.overrideHint')}</Typography.Paragraph>
            <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => onOverride(v.reason.trim())} autoComplete="off">
              <Form.Item name="reason" label={t('planChecklists.start.reason')} rules={[reasonRule]}>
                <Input autoFocus {...lengthCount(plans.transition.input.shape.reason)} placeholder={t('planChecklists.start.reasonPlaceholder')} data-testid="start-override-reason" />
              </Form.Item>
            </Form>
          </>
        ) : (
          <Typography.Paragraph>{t('planChecklists.start.noOverride')}</Typography.Paragraph>
        )}
      </div>
    </Modal>
  );
}
