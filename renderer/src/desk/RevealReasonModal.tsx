import { Alert, App, Form, Input, Modal, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../contract/result';
import type { VisitSummary } from '../../../contract/visits';
import { errorText } from '../lib/errors';
import { showFieldIssues } from '../forms/fieldIssues';
import { visitors } from '../../../contract/visitors';
import { lengthCount } from '../lib/fieldLimit';
import { schemaRule } from '../lib/schemaRule';
import { modalFooter } from '../lib/modalFooter';

/** Main's rule for the reason (audited): required, and counted against its maximum rather than cut. */
const REASON = visitors.revealId.input.shape.reason;

const QUICK_REASONS = ['verify', 'correction', 'security'] as const;

interface Props {
  /** The visit whose visitor's number is asked for; null when closed. */
  visit: VisitSummary | null;
  onClose: () => void;
  /** Where focus goes when the dialog leaves it nowhere (the reveal button it came from is gone once the number shows). */
  onClosed?: () => void;
  onReveal: (personId: string, reason: string) => Promise<Result<unknown>>;
}

/** Asks why before a full ID number is shown; the reason goes into the audit log with the reveal. */
export function RevealReasonModal({ visit, onClose, onClosed, onReveal }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const reason = Form.useWatch('reason', form);

  useEffect(() => {
    if (visit) form.resetFields();
  }, [visit, form]);

  async function submit({ reason }: { reason: string }) {
    if (!visit || busy) return;
    setBusy(true);
    try {
      const result = await onReveal(visit.personId, reason.trim());
      if (result.ok) return onClose();
      if (!showFieldIssues(form, result.error, { reason: 'reason' })) message.error(errorText(result.error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={visit !== null}
      title={t('reveal.title')}
      onCancel={onClose}
      // After antd has handed focus back to the button that opened it, if that button is still there.
      afterClose={() =>
        requestAnimationFrame(() => {
          if (!document.activeElement || document.activeElement === document.body) onClosed?.();
        })
      }
      destroyOnHidden
      width={460}
      footer={modalFooter({ onCancel: onClose, cancelText: t('reveal.cancel'), onOk: () => form.submit(), okText: t('reveal.submit'), busy, okTestId: 'reveal-submit' })}
    >
      {visit && (
        <p className="reveal-who">
          <strong>{visit.name}</strong>
          {visit.company && <span className="muted"> · {visit.company}</span>}
          <span className="id-mask reveal-who__mask">{visit.idMasked}</span>
        </p>
      )}
      <Alert type="info" showIcon title={t('reveal.explain')} className="reveal-explain" />
      <div className="reveal-quick" role="group" aria-label={t('reveal.reason')}>
        {QUICK_REASONS.map((key) => {
          const text = t(`reveal.quick.${key}`);
          return (
            <Tag.CheckableTag key={key} checked={reason === text} onChange={() => form.setFieldsValue({ reason: text })} data-testid={`reveal-quick-${key}`}>
              {text}
            </Tag.CheckableTag>
          );
        })}
      </div>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} autoComplete="off">
        <Form.Item
          name="reason"
          label={t('reveal.reason')}
          rules={[schemaRule(REASON)]}
        >
          <Input autoFocus {...lengthCount(REASON)} placeholder={t('reveal.reasonPlaceholder')} onPressEnter={() => form.submit()} data-testid="reveal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
