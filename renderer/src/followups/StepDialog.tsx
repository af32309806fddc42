import { App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followupFields, type FollowupDetail, type FollowupStep } from '../../../contract/followups';
import type { Result } from '../../../contract/result';
import { api } from '../api/client';
import { StaffSelect } from '../directory/StaffSelect';
import { showFieldIssues } from '../forms/fieldIssues';
import { errorText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { modalFooter } from '../lib/modalFooter';
import { schemaRule } from '../lib/schemaRule';

export type StepAction = { mode: 'done' | 'postpone' | 'skip' | 'reassign'; step: FollowupStep } | { mode: 'add'; after: FollowupStep | null };

interface Values {
  outcome?: string;
  toDay?: Dayjs;
  reason?: string;
  shiftLater?: boolean;
  title?: string;
  dueDay?: Dayjs;
  ownerUserId?: string | null;
}

const ISSUE_FIELDS: Record<string, string> = { outcome: 'outcome', toDay: 'toDay', reason: 'reason', title: 'title', dueDay: 'dueDay', ownerUserId: 'ownerUserId' };
const dayText = (d: Dayjs) => d.format('YYYY-MM-DD');

/** One re-planning move on a step: done (with its outcome), postpone (to a day, why, later steps too), skip (why), add a step after it, hand it over. */
export function StepDialog({ planId, action, onClose, onDone }: { planId: string; action: StepAction | null; onClose: () => void; onDone: (f: FollowupDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    if (action.mode === 'postpone') {
      // The first day main takes: after the step's day, and not in the past.
      const next = dayjs(action.step.dueDay).add(1, 'day');
      form.setFieldsValue({ toDay: next.isBefore(dayjs(), 'day') ? dayjs() : next, shiftLater: true });
    }
    if (action.mode === 'add') form.setFieldsValue({ dueDay: action.after ? dayjs(action.after.dueDay).add(1, 'day') : dayjs().add(1, 'day') });
  }, [action, form]);

  if (!action) return null;
  const step = action.mode === 'add' ? action.after : action.step;
  const name = step?.title ?? '';
  const titles: Record<StepAction['mode'], string> = {
    done: t('followups.dialogs.doneTitle', { step: name }),
    postpone: t('followups.dialogs.postponeTitle', { step: name }),
    skip: t('followups.dialogs.skipTitle', { step: name }),
    add: t('followups.dialogs.addTitle'),
    reassign: t('followups.dialogs.reassignTitle', { step: name }),
  };

  async function submit(v: Values) {
    if (busy || !action) return;
    setBusy(true);
    try {
      let result: Result<FollowupDetail>;
      if (action.mode === 'done') result = await api.followups.stepDone({ stepId: action.step.id, outcome: v.outcome ?? '' });
      else if (action.mode === 'postpone') result = await api.followups.stepPostpone({ stepId: action.step.id, toDay: dayText(v.toDay!), reason: v.reason ?? '', shiftLater: v.shiftLater ?? true });
      else if (action.mode === 'skip') result = await api.followups.stepSkip({ stepId: action.step.id, reason: v.reason ?? '' });
      else if (action.mode === 'reassign') result = await api.followups.stepReassign({ stepId: action.step.id, ownerUserId: v.ownerUserId! });
      else if (action.mode === 'add') result = await api.followups.stepAdd({ planId, afterStepId: action.after?.id ?? null, title: v.title ?? '', dueDay: dayText(v.dueDay!), ownerUserId: v.ownerUserId ?? null });
      else return;
      if (!result.ok) {
        if (!showFieldIssues(form, result.error, ISSUE_FIELDS)) message.error(errorText(result.error));
        return;
      }
      onDone(result.value);
    } finally {
      setBusy(false);
    }
  }

  const required = { required: true, message: t('errors.required') };
  return (
    <Modal
      open
      title={titles[action.mode]}
      onCancel={onClose}
      footer={modalFooter({ onCancel: onClose, cancelText: t('followups.dialogs.cancel'), onOk: () => form.submit(), okText: t('followups.dialogs.ok'), busy, okTestId: 'step-dialog-ok' })}
      destroyOnHidden
      width={480}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} autoComplete="off" data-testid={`step-dialog-${action.mode}`}>
        {action.mode === 'done' && (
          <Form.Item name="outcome" label={t('followups.dialogs.outcome')} rules={[schemaRule(followupFields.outcome)]}>
            <Input.TextArea autoFocus {...lengthCount(followupFields.outcome)} autoSize={{ minRows: 3, maxRows: 6 }} data-testid="step-outcome" />
          </Form.Item>
        )}
        {action.mode === 'postpone' && (
          <>
            <Form.Item name="toDay" label={t('followups.dialogs.toDay')} rules={[required]}>
              <DatePicker allowClear={false} disabledDate={(d) => d.isBefore(dayjs(action.step.dueDay).add(1, 'day'), 'day') || d.isBefore(dayjs(), 'day')} data-testid="step-to-day" />
            </Form.Item>
            <Form.Item name="shiftLater" valuePropName="checked">
              <Checkbox data-testid="step-shift-later">{t('followups.dialogs.shiftLater')}</Checkbox>
            </Form.Item>
          </>
        )}
        {(action.mode === 'postpone' || action.mode === 'skip') && (
          <Form.Item name="reason" label={t('followups.dialogs.reason')} rules={[schemaRule(followupFields.reason)]}>
            <Input {...lengthCount(followupFields.reason)} data-testid="step-reason" />
          </Form.Item>
        )}
        {action.mode === 'add' && (
          <>
            <Form.Item name="title" label={t('followups.dialogs.stepTitle')} rules={[schemaRule(followupFields.title)]}>
              <Input autoFocus {...lengthCount(followupFields.title)} data-testid="step-title" />
            </Form.Item>
            <Form.Item name="dueDay" label={t('followups.dialogs.dueDay')} rules={[required]}>
              <DatePicker allowClear={false} data-testid="step-due-day" />
            </Form.Item>
          </>
        )}
        {(action.mode === 'add' || action.mode === 'reassign') && (
          <Form.Item name="ownerUserId" label={t('followups.owner')} rules={action.mode === 'reassign' ? [required] : []}>
            <StaffSelect data-testid="step-owner" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
