import { App, DatePicker, Form, Input, Modal, Select, type DatePickerProps, type FormInstance, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planFields, RECEPTION_LEVELS, type PlanDetail } from '../../../contract/plans';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { ClientSelect } from '../directory/ClientSelect';
import { errorText, issueText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { modalFooter } from '../lib/modalFooter';
import { schemaRule } from '../lib/schemaRule';
import { useDiscardGuard } from '../lib/useDiscardGuard';
import { parseWhole } from '../lib/parseWhole';
import { wholeNumberRule } from '../lib/wholeNumber';
import { showFieldIssues } from '../forms/fieldIssues';
import { LevelTag, type ReceptionLevel } from './PlanTags';

interface NewPlanValues {
  title: string;
  clientId: string | null;
  level: ReceptionLevel;
  arrivalAt: Dayjs | null;
  departureAt: Dayjs | null;
  /** As typed: checked to be a whole number by its rule, never read as 1 when it is not. */
  expectedHeadcount: number | string | null;
  purpose: string;
}

/** Times a click on the calendar suggests, `YYYY-MM-DDTHH:mm`. */
export interface NewPlanTimes {
  arrivalAt?: string;
  departureAt?: string;
}

interface Props {
  open: boolean;
  initial: NewPlanTimes | null;
  onClose: () => void;
  onCreated: (plan: PlanDetail) => void;
}

/** Where main's field issues land on this form. */
const ISSUE_FIELDS: Record<string, string> = {
  title: 'title',
  clientId: 'clientId',
  level: 'level',
  arrivalAt: 'arrivalAt',
  departureAt: 'departureAt',
  expectedHeadcount: 'expectedHeadcount',
  purpose: 'purpose',
};

const MINUTE = 'YYYY-MM-DDTHH:mm';
const SHOWN = 'YYYY-MM-DD HH:mm';
/** A visit whose departure is not picked yet lasts this long by default. */
const DEFAULT_HOURS = 2;
const PICK_TIME = { format: 'HH:mm', minuteStep: 5 } as const;
const titleRule = schemaRule(planFields.title);
const purposeRule = schemaRule(planFields.purpose);
const headcountRule = wholeNumberRule(planFields.expectedHeadcount, true);

const departureRule = (form: FormInstance<NewPlanValues>): FormRule => ({
  validator: async (_rule, value: Dayjs | null) => {
    const arrival = form.getFieldValue('arrivalAt') as Dayjs | null;
    if (value && arrival && !value.isAfter(arrival)) throw new Error(issueText('plan.departureBeforeArrival'));
  },
});

/**
 * A new visit plan with its essentials; the guests, itinerary and team follow
 * in the plan's editor, where creating it leads.
 */
export function NewPlanModal({ open, initial, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewPlanValues>();
  const [busy, setBusy] = useState(false);
  const guard = useDiscardGuard(form, onClose);
  const { markClean } = guard;
  const arrivalBefore = useRef<Dayjs | null>(null);
  /** While a date picker is open, Enter confirms its date; only a second Enter submits. */
  const pickerOpen = useRef(false);
  /** Arrival and departure are picked alike: five-minute steps, and the open picker tracked for Enter. */
  const timePicker: DatePickerProps = {
    showTime: PICK_TIME,
    format: SHOWN,
    placeholder: t('plans.form.timePlaceholder'),
    className: 'full-width',
    onOpenChange: (open: boolean) => {
      pickerOpen.current = open;
    },
  };

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    arrivalBefore.current = initial?.arrivalAt ? dayjs(initial.arrivalAt) : null;
    form.setFieldsValue({
      level: 'normal',
      expectedHeadcount: 1,
      arrivalAt: initial?.arrivalAt ? dayjs(initial.arrivalAt) : null,
      departureAt: initial?.departureAt ? dayjs(initial.departureAt) : null,
    });
    markClean();
  }, [open, initial, form, markClean]);

  /**
   * Choosing a client sets the level to the client's tier (DIGEST 04), as main
   * would when none is given; the coordinator may still change it. An answer
   * for a client no longer chosen is ignored.
   */
  async function clientChanged(clientId: string | null) {
    if (!clientId) return;
    const result = await api.clients.get({ id: clientId });
    if (result.ok && form.getFieldValue('clientId') === clientId) form.setFieldValue('level', result.value.tier);
  }

  /** Moving the arrival carries the departure along, keeping the visit's length; a first arrival gets a two-hour visit. */
  function arrivalChanged(next: Dayjs | null, before: Dayjs | null) {
    if (!next) return;
    const departure = form.getFieldValue('departureAt') as Dayjs | null;
    if (before && departure && departure.isAfter(before)) form.setFieldValue('departureAt', next.add(departure.diff(before, 'minute'), 'minute'));
    else if (!departure || !departure.isAfter(next)) form.setFieldValue('departureAt', next.add(DEFAULT_HOURS, 'hour'));
    void form.validateFields(['departureAt']).catch(() => undefined);
  }

  function showError(error: ApiError) {
    if (error.code === 'VALIDATION' && showFieldIssues(form, error, ISSUE_FIELDS)) return;
    message.error(errorText(error));
  }

  async function submit(v: NewPlanValues) {
    if (busy) return;
    setBusy(true);
    try {
      const result = await api.plans.create({
        title: v.title,
        clientId: v.clientId ?? null,
        level: v.level,
        arrivalAt: v.arrivalAt ? v.arrivalAt.format(MINUTE) : null,
        departureAt: v.departureAt ? v.departureAt.format(MINUTE) : null,
        // The rule has checked it is a whole number in range.
        expectedHeadcount: parseWhole(v.expectedHeadcount)!,
        purpose: v.purpose ?? '',
      });
      if (!result.ok) return showError(result.error);
      onCreated(result.value);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('plans.form.createTitle')}
      onCancel={guard.requestClose}
      footer={modalFooter({ onCancel: guard.requestClose, cancelText: t('plans.form.cancel'), onOk: () => form.submit(), okText: t('plans.form.submit'), busy, okTestId: 'plan-form-submit' })}
      destroyOnHidden
      width={640}
    >
      <Form<NewPlanValues> form={form} layout="vertical" onFinish={(v) => void submit(v)}
        onKeyDownCapture={(e) => {
          if (e.key === 'Enter' && pickerOpen.current) e.preventDefault();
        }}
        onValuesChange={(changed: Partial<NewPlanValues>, all: NewPlanValues) => {
          if ('arrivalAt' in changed) arrivalChanged(changed.arrivalAt ?? null, arrivalBefore.current);
          if ('clientId' in changed) void clientChanged(changed.clientId ?? null);
          arrivalBefore.current = all.arrivalAt ?? null;
        }}
        autoComplete="off" requiredMark={false} data-testid="plan-form">
        <div className="form-grid">
          <Form.Item name="title" label={t('plans.form.title')} rules={[titleRule]} className="form-grid__wide">
            <Input autoFocus {...lengthCount(planFields.title)} placeholder={t('plans.form.titlePlaceholder')} data-testid="plan-form-title" />
          </Form.Item>
          <Form.Item name="clientId" label={t('plans.form.client')} className="form-grid__wide">
            <ClientSelect data-testid="plan-form-client" />
          </Form.Item>
          <Form.Item name="level" label={t('plans.form.level')} extra={t('planChecklists.newPlan.levelFromClient')}>
            <Select options={RECEPTION_LEVELS.map((level) => ({ value: level, label: <LevelTag level={level} /> }))} data-testid="plan-form-level" />
          </Form.Item>
          <Form.Item name="expectedHeadcount" label={t('plans.form.headcount')} rules={[headcountRule]}>
            <Input inputMode="numeric" className="full-width" data-testid="plan-form-headcount" />
          </Form.Item>
          <Form.Item name="arrivalAt" label={t('plans.form.arrival')}>
            <DatePicker {...timePicker} data-testid="plan-form-arrival" />
          </Form.Item>
          <Form.Item name="departureAt" label={t('plans.form.departure')} dependencies={['arrivalAt']} rules={[departureRule(form)]}>
            <DatePicker {...timePicker} data-testid="plan-form-departure" />
          </Form.Item>
          <Form.Item name="purpose" label={t('plans.form.purpose')} rules={[purposeRule]} className="form-grid__wide">
            <Input.TextArea {...lengthCount(planFields.purpose)} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('plans.form.purposePlaceholder')} data-testid="plan-form-purpose" />
          </Form.Item>
        </div>
        {/* Enter in any field submits, as in every dialog of the desk (in a date field, once its picker has closed). */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
