import { App, DatePicker, Form, Input, Radio, Select, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { needs, planFields, RECEPTION_LEVELS, VISIT_TYPES } from '../../../../contract/plans';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { ClientSelect } from '../../directory/ClientSelect';
import { errorText, issueText } from '../../lib/errors';
import { lengthCount } from '../../lib/fieldLimit';
import { BASICS_ISSUE_FIELDS, basicsRules, changesOf, departureRule, valuesOf, type BasicsValues } from './basicsForm';
import { useSectionReport } from './editorContext';
import { EditorShortcuts } from './EditorShortcuts';
import { SectionToolbar } from './SectionToolbar';
import type { SectionProps } from './sectionProps';
import { VisitLength } from './VisitLength';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';
const SHOW_TIME = { format: 'HH:mm', minuteStep: 5 } as const;

/** Enter in a one-line field saves; in a picker or a dropdown it belongs to them. */
function isSaveEnter(event: KeyboardEvent<HTMLFormElement>): boolean {
  const target = event.target as HTMLElement;
  return (
    event.key === 'Enter' &&
    !event.nativeEvent.isComposing &&
    target.tagName === 'INPUT' &&
    !target.closest('.ant-picker, .ant-select')
  );
}

/** Title, client, visit type, purpose, level, times, headcount, needs and notes: `plans.update` with only what changed. */
export function BasicsSection({ plan, readOnly, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BasicsValues>();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const arrivalAt = Form.useWatch('arrivalAt', form) as Dayjs | null | undefined;
  const departureAt = Form.useWatch('departureAt', form) as Dayjs | null | undefined;
  /** Arrival and departure are picked alike: five-minute steps, no OK button to press. */
  const timePicker: DatePickerProps = {
    className: 'full-width',
    showTime: SHOW_TIME,
    format: PICKER_FORMAT,
    needConfirm: false,
    placeholder: t('planEditor.basics.timePlaceholder'),
  };

  // Take main's copy whenever it changes, unless the user is in the middle of editing this tab.
  useEffect(() => {
    if (!dirtyRef.current) form.setFieldsValue(valuesOf(plan));
  }, [plan, form]);

  const recheck = () => setDirty(Object.keys(changesOf(plan, form.getFieldsValue(true))).length > 0);

  function showError(error: ApiError) {
    const onForm = (error.issues ?? []).filter((i) => BASICS_ISSUE_FIELDS[i.path]);
    form.setFields(onForm.map((i) => ({ name: BASICS_ISSUE_FIELDS[i.path]! as never, errors: [issueText(i.message)] })));
    if (onForm.length === 0) message.error(errorText(error));
  }

  async function save() {
    if (readOnly || busy) return;
    try {
      await form.validateFields();
    } catch {
      message.error(t('planEditor.section.fixErrors'));
      return;
    }
    const patch = changesOf(plan, form.getFieldsValue(true));
    if (Object.keys(patch).length === 0) {
      message.info(t('planEditor.section.noChanges'));
      return;
    }
    setBusy(true);
    const result = await api.plans.update({ id: plan.id, ...patch });
    setBusy(false);
    if (!result.ok) return showError(result.error);
    form.setFieldsValue(valuesOf(result.value));
    setDirty(false);
    onSaved(result.value);
    message.success(t('planEditor.section.saved'));
  }

  function discard() {
    form.resetFields();
    form.setFieldsValue(valuesOf(plan));
    setDirty(false);
  }

  useSectionReport('basics', dirty, () => void save());

  return (
    <div className="plan-section" data-testid="plan-basics">
      <SectionToolbar section="basics" dirty={dirty} busy={busy} readOnly={readOnly} onSave={() => void save()} onDiscard={discard}>
        <EditorShortcuts readOnly={readOnly} />
      </SectionToolbar>
      <Form<BasicsValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        initialValues={valuesOf(plan)}
        onValuesChange={recheck}
        onKeyDown={(e) => {
          if (!isSaveEnter(e)) return;
          e.preventDefault();
          void save();
        }}
        autoComplete="off"
        requiredMark={false}
        className="plan-basics"
      >
        <div className="plan-basics__grid">
          <Form.Item name="title" label={t('planEditor.basics.title')} rules={basicsRules.title} className="plan-basics__span2">
            <Input {...lengthCount(planFields.title)} placeholder={t('planEditor.basics.titlePlaceholder')} data-testid="basics-title" />
          </Form.Item>
          <Form.Item name="level" label={t('planEditor.basics.level')}>
            <Radio.Group
              optionType="button"
              options={RECEPTION_LEVELS.map((level) => ({ value: level, label: t(`receptionLevels.${level}`) }))}
              data-testid="basics-level"
            />
          </Form.Item>
          <Form.Item name="clientId" label={t('planEditor.basics.client')}>
            <ClientSelect currentLabel={plan.clientName} data-testid="basics-client" />
          </Form.Item>
          {/* Which checklists the plan gets follows its type, with the level and the client's tier. */}
          <Form.Item name="visitType" label={t('planChecklists.visitType')}>
            <Select options={VISIT_TYPES.map((type) => ({ value: type, label: t(`planChecklists.visitTypes.${type}`) }))} data-testid="basics-visit-type" />
          </Form.Item>
          <Form.Item name="arrivalAt" label={t('planEditor.basics.arrivalAt')}>
            <DatePicker {...timePicker} data-testid="basics-arrival" />
          </Form.Item>
          <Form.Item
            name="departureAt"
            label={t('planEditor.basics.departureAt')}
            dependencies={['arrivalAt']}
            rules={[departureRule(() => form.getFieldValue('arrivalAt') as Dayjs | null)]}
            extra={<VisitLength from={arrivalAt} to={departureAt} />}
          >
            <DatePicker
              {...timePicker}
              // Opens on the arrival day, where most departures are.
              defaultPickerValue={arrivalAt ?? undefined}
              disabledDate={(d) => !!arrivalAt && d.isBefore(arrivalAt, 'day')}
              data-testid="basics-departure"
            />
          </Form.Item>
          <Form.Item name="purpose" label={t('planEditor.basics.purpose')} rules={basicsRules.purpose} className="plan-basics__span2">
            <Input.TextArea {...lengthCount(planFields.purpose)} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('planEditor.basics.purposePlaceholder')} data-testid="basics-purpose" />
          </Form.Item>
          <Form.Item
            name="expectedHeadcount"
            label={t('planEditor.basics.expectedHeadcount')}
            rules={basicsRules.headcount}
            extra={<span data-testid="basics-on-list">{t('planEditor.basics.onList', { count: plan.guestCount })}</span>}
          >
            <Input inputMode="numeric" className="full-width" data-testid="basics-headcount" />
          </Form.Item>
        </div>
        <fieldset className="plan-basics__needs">
          <legend>{t('planEditor.basics.needs')}</legend>
          <div className="plan-basics__grid plan-basics__grid--needs">
            <Form.Item name={['needs', 'diet']} label={t('planEditor.basics.diet')} rules={basicsRules.need}>
              <Input {...lengthCount(needs.shape.diet)} placeholder={t('planEditor.basics.dietPlaceholder')} data-testid="basics-diet" />
            </Form.Item>
            <Form.Item name={['needs', 'transport']} label={t('planEditor.basics.transport')} rules={basicsRules.need}>
              <Input {...lengthCount(needs.shape.transport)} placeholder={t('planEditor.basics.transportPlaceholder')} data-testid="basics-transport" />
            </Form.Item>
            <Form.Item name={['needs', 'accessibility']} label={t('planEditor.basics.accessibility')} rules={basicsRules.need}>
              <Input {...lengthCount(needs.shape.accessibility)} placeholder={t('planEditor.basics.accessibilityPlaceholder')} data-testid="basics-accessibility" />
            </Form.Item>
            <Form.Item name={['needs', 'other']} label={t('planEditor.basics.other')} rules={basicsRules.other}>
              <Input {...lengthCount(needs.shape.other)} placeholder={t('planEditor.basics.otherPlaceholder')} data-testid="basics-other" />
            </Form.Item>
          </div>
        </fieldset>
        <Form.Item name="notes" label={t('planEditor.basics.notes')} rules={basicsRules.notes}>
          <Input.TextArea {...lengthCount(planFields.notes)} autoSize={{ minRows: 2, maxRows: 6 }} data-testid="basics-notes" />
        </Form.Item>
      </Form>
    </div>
  );
}
