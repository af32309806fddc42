import { CloseOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Select, Tag, Tooltip, type InputRef } from 'antd';
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ID_TYPES, normalizeIdNumber } from '../../../contract/id-documents';
import { identityConflictOf, type IdentityConflict, type IdentityResolution } from '../../../contract/identity';
import type { ApiError, Result } from '../../../contract/result';
import type { VisitorSummary } from '../../../contract/visitors';
import type { VisitSummary } from '../../../contract/visits';
import { api } from '../api/client';
import { errorText, issueText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { EMPTY_VALUES, FORM_FIELDS, checkInFields, isFormField, rules, type CheckInValues } from '../forms/checkInRules';
import { IdentityConflictDialog } from './IdentityConflictDialog';
import { PrivacyAck } from './PrivacyNotice';
import { PurposeInput } from './PurposeInput';
import { useRegistrationTimer } from './useRegistrationTimer';
import { VisitorAutoComplete } from './VisitorAutoComplete';

export interface CheckInFormHandle {
  focusName: () => void;
  clear: () => void;
}

interface Props {
  ref?: Ref<CheckInFormHandle>;
  onCheckedIn: (visit: VisitSummary) => void;
  /** Offered when the visitor is still on site from an earlier visit. */
  onCheckOutBadge: (badgeNo: string) => Promise<boolean>;
}

const FORM_NAME = 'checkin';
/** antd names each field's element `<form name>_<field>`. */
const NAME_INPUT_ID = `${FORM_NAME}_name`;

/** An open AutoComplete/Select owns Esc (it closes the list) and Enter (it picks). */
function isOpenCombobox(target: EventTarget): boolean {
  return target instanceof HTMLElement && target.getAttribute('aria-expanded') === 'true';
}

function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'search' || target.type === 'tel');
}

/** Walk-in registration: new or returning visitor, ID check, privacy acknowledgement. */
export function CheckInForm({ ref, onCheckedIn, onCheckOutBadge }: Props) {
  const { t, i18n } = useTranslation();
  // On the desk, messages show over this form (DeskScreen), clear of the scan bar's label.
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<CheckInValues>();
  const [returning, setReturning] = useState<VisitorSummary | null>(null);
  const [submitting, setSubmitting] = useState(false);
  /** A refusal because what was typed differs from the person on file, with the values that were sent. */
  const [conflict, setConflict] = useState<{ conflict: IdentityConflict; values: CheckInValues } | null>(null);
  const hostRef = useRef<InputRef>(null);
  const timer = useRegistrationTimer();

  function focusName() {
    // By id: the AutoComplete wraps the name input and does not pass a ref through reliably.
    const input = document.getElementById(NAME_INPUT_ID);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  }

  /**
   * Focus the name field once the form has re-rendered. `form.resetFields()`
   * remounts every field's input, so focusing straight after it focused an
   * input about to leave the page, and the cursor ended on the page body: each
   * visitor needed F2 first. An effect runs after the new inputs are in place.
   */
  const [nameFocusRequest, setNameFocusRequest] = useState(0);
  const focusNameAfterReset = () => setNameFocusRequest((n) => n + 1);
  useEffect(() => {
    if (nameFocusRequest > 0) focusName();
  }, [nameFocusRequest]);

  // The desk opens ready for the first visitor: after sign-in, unlock, or coming back from another screen.
  useEffect(() => focusName(), []);

  /** Clearing by Esc or the button can be a slip while a visitor is waiting: offer the typing back. */
  function clear() {
    const typed = form.getFieldsValue(true) as CheckInValues;
    const wasReturning = returning;
    const hadInput = FORM_FIELDS.some((f) => typed[f] !== EMPTY_VALUES[f] && typed[f] !== undefined);
    const startedAt = timer.reset();
    form.resetFields();
    setReturning(null);
    focusNameAfterReset();
    if (!hadInput) return;
    const key = 'checkin-cleared';
    message.open({
      key,
      type: 'info',
      duration: 8,
      content: (
        <span data-testid="checkin-cleared">
          {t('checkin.cleared')}
          <Button
            size="small"
            type="link"
            onClick={() => {
              form.setFieldsValue(typed);
              setReturning(wasReturning);
              timer.restore(startedAt);
              message.destroy(key);
              focusName();
            }}
          >
            {t('checkin.restore')}
          </Button>
        </span>
      ),
    });
  }

  useImperativeHandle(ref, () => ({ focusName, clear }));

  // Messages are translated when shown: re-run validation so visible errors follow a language switch.
  useEffect(() => {
    const withErrors = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0)
      .map((f) => f.name);
    if (withErrors.length > 0) form.validateFields(withErrors).catch(() => undefined);
  }, [form, i18n.language]);

  function pick(visitor: VisitorSummary) {
    setReturning(visitor);
    form.setFieldsValue({
      name: visitor.name,
      company: visitor.company,
      phone: visitor.phone,
      idType: visitor.idType ?? 'resident_id',
      idNumber: '',
    });
    form.setFields(FORM_FIELDS.map((name) => ({ name, errors: [] })));
    // Who they are visiting is the next thing to ask; wait for the list to close and hand back focus.
    window.setTimeout(() => hostRef.current?.focus(), 0);
  }

  function unlink() {
    setReturning(null);
    focusName();
  }

  function showError(error: ApiError) {
    const onForm = (error.issues ?? [])
      .map((i) => ({ field: i.path.split('.')[0] ?? '', message: i.message }))
      .filter((i): i is { field: (typeof FORM_FIELDS)[number]; message: string } => isFormField(i.field));
    if (onForm.length > 0) {
      form.setFields(onForm.map((i) => ({ name: i.field, errors: [issueText(i.message)] })));
      form.scrollToField(onForm[0]!.field, { focus: true, block: 'nearest' });
    }
    const details = error.details ?? {};
    if (error.code === 'CONFLICT' && details.reason === 'alreadyOnSite' && typeof details.badgeNo === 'string') {
      const badgeNo = details.badgeNo;
      const key = `on-site-${badgeNo}`;
      notification.warning({
        key,
        title: errorText(error),
        duration: 10,
        actions: (
          <Button
            size="small"
            type="primary"
            onClick={async () => {
              notification.destroy(key);
              await onCheckOutBadge(badgeNo);
            }}
          >
            {t('checkin.checkOutPrevious', { badgeNo })}
          </Button>
        ),
      });
      return;
    }
    if (error.code === 'NOT_FOUND' && returning) {
      setReturning(null);
      message.warning(t('checkin.returningGone'));
      return;
    }
    message.error(onForm.length > 0 && error.code === 'VALIDATION' ? t('codes.VALIDATION') : errorText(error));
  }

  function send(values: CheckInValues, identity?: IdentityResolution): Promise<Result<VisitSummary>> {
    return api.visits.checkIn({
      ...(returning ? { personId: returning.id } : {}),
      name: values.name,
      company: values.company ?? '',
      phone: values.phone ?? '',
      idType: values.idType,
      idNumber: values.idNumber ?? '',
      host: values.host,
      purpose: values.purpose ?? '',
      privacyAck: true,
      ...(identity && { identity }),
      ...timer.elapsed(),
    });
  }

  function checkedIn(visit: VisitSummary) {
    message.success({
      key: 'checkin-success',
      content: <span data-testid="checkin-success">{t('checkin.success', { name: visit.name, badgeNo: visit.badgeNo })}</span>,
      duration: 5,
    });
    timer.reset();
    form.resetFields();
    setReturning(null);
    focusNameAfterReset();
    onCheckedIn(visit);
  }

  async function finish(values: CheckInValues) {
    if (submitting) return;
    setSubmitting(true);
    try {
      const result = await send(values);
      if (result.ok) return checkedIn(result.value);
      // Main never applies a difference to a record on file by itself: the receptionist decides.
      const identity = result.error.code === 'CONFLICT' ? identityConflictOf(result.error.details) : null;
      if (identity) return setConflict({ conflict: identity, values });
      showError(result.error);
    } finally {
      setSubmitting(false);
    }
  }

  /** The receptionist's choice in the conflict dialog: the same check-in again, with it. */
  async function resolveConflict(identity: IdentityResolution): Promise<Result<unknown>> {
    if (!conflict) return { ok: false, error: { code: 'INTERNAL', message: 'No conflict to resolve.' } };
    const result = await send(conflict.values, identity);
    if (result.ok) {
      setConflict(null);
      checkedIn(result.value);
    } else if (!result.error.issues?.some((i) => i.path === 'identity.reason')) {
      setConflict(null);
      showError(result.error);
    }
    return result;
  }

  function stopConflict() {
    setConflict(null);
    message.info(t('identity.stopped'));
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'Escape') timer.input();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.submit();
    } else if (e.key === 'Enter' && isTextField(e.target) && !isOpenCombobox(e.target)) {
      // No implicit submit on Enter: a half-typed form or a stray scan must not register anyone.
      e.preventDefault();
    } else if (e.key === 'Escape' && !isOpenCombobox(e.target)) {
      e.preventDefault();
      clear();
    }
  }

  const idMask = returning?.idMasked;

  return (
    <Card
      className="checkin-card"
      title={t('checkin.title')}
      extra={
        returning && (
          <span className="returning-tag">
            <Tag color="gold" icon={<HistoryOutlined />}>
              {t('checkin.returning', { count: returning.visitCount })}
            </Tag>
            <Tooltip title={t('checkin.unlink')}>
              <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('checkin.unlink')} onClick={unlink} />
            </Tooltip>
          </span>
        )
      }
    >
      <div onKeyDown={onKeyDown}>
        <Form<CheckInValues>
          form={form}
          name={FORM_NAME}
          layout="vertical"
          size="large"
          initialValues={EMPTY_VALUES}
          onFinish={(v) => void finish(v)}
          // A paste or a pick with the mouse starts the registration too (typing already did, by its keydown).
          onValuesChange={() => timer.input()}
          data-testid="checkin-form"
          autoComplete="off"
          scrollToFirstError={{ focus: true, block: 'nearest' }}
        >
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="name" label={t('checkin.name')} required rules={rules.name}>
                <VisitorAutoComplete
                  testId="field-name"
                  placeholder={t('checkin.namePlaceholder')}
                  lengthSchema={checkInFields.name}
                  minSearchLength={1}
                  onPick={pick}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="phone" label={t('checkin.phone')} rules={rules.phone} validateTrigger="onBlur">
                <VisitorAutoComplete
                  testId="field-phone"
                  placeholder={t('checkin.phonePlaceholder')}
                  lengthSchema={checkInFields.phone}
                  minSearchLength={3}
                  inputMode="tel"
                  onPick={pick}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="company" label={t('checkin.company')} rules={rules.company}>
            <Input data-testid="field-company" placeholder={t('checkin.companyPlaceholder')} {...lengthCount(checkInFields.company, 'whenOver')} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item name="idType" label={t('checkin.idType')}>
                <Select
                  data-testid="field-id-type"
                  popupMatchSelectWidth={false}
                  options={ID_TYPES.map((type) => ({ value: type, label: t(`idTypes.${type}`) }))}
                />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                name="idNumber"
                label={t('checkin.idNumber')}
                rules={rules.idNumber(() => form.getFieldValue('idType'))}
                validateTrigger="onBlur"
                dependencies={['idType']}
                normalize={(v: string) => normalizeIdNumber(v ?? '')}
              >
                <Input
                  data-testid="field-id-number"
                  placeholder={idMask ? t('checkin.idNumberKeep', { mask: idMask }) : t('checkin.idNumberPlaceholder')}
                  {...lengthCount(checkInFields.idNumber, 'whenOver')}
                  className="mono-input"
                  onChange={() => {
                    // Checked on blur; while retyping, an old complaint only gets in the way.
                    if (form.getFieldError('idNumber').length > 0) form.setFields([{ name: 'idNumber', errors: [] }]);
                  }}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="host" label={t('checkin.host')} required rules={rules.host}>
                <Input ref={hostRef} data-testid="field-host" placeholder={t('checkin.hostPlaceholder')} {...lengthCount(checkInFields.host, 'whenOver')} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="purpose" label={t('checkin.purpose')} rules={rules.purpose}>
                <PurposeInput placeholder={t('checkin.purposePlaceholder')} lengthSchema={checkInFields.purpose} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="privacyAck" valuePropName="checked" rules={rules.privacyAck} className="privacy-item">
            <PrivacyAck />
          </Form.Item>
          <div className="checkin-actions">
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={submitting}
              data-testid="checkin-submit"
              className="checkin-actions__submit"
            >
              {t('checkin.submit')}
              <kbd className="btn-kbd">Ctrl+Enter</kbd>
            </Button>
            <Button size="large" onClick={clear}>
              {t('checkin.clear')}
            </Button>
          </div>
        </Form>
      </div>
      {/* Outside the form's key handler: Esc in the dialog stops, it must not also clear the form. */}
      <IdentityConflictDialog conflict={conflict?.conflict ?? null} onResolve={resolveConflict} onStop={stopConflict} onClosed={focusName} />
    </Card>
  );
}
