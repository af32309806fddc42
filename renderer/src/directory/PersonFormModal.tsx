import { Alert, App, Button, DatePicker, Form, Input, List, Modal, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personFields, type Person, type PersonCreateInput } from '../../../contract/clients';
import { idDocumentShape } from '../../../contract/fields';
import { ID_TYPES, type IdType } from '../../../contract/id-documents';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { rules as checkInRules } from '../forms/checkInRules';
import { errorText, issueText, matchReasonText } from '../lib/errors';
import { showFieldIssues } from '../forms/fieldIssues';
import { ClientSelect } from './ClientSelect';
import { PERSON_ISSUE_FIELDS, personRules } from './clientRules';
import { MatchRow, PersonMatches } from './PersonMatches';
import { usePersonMatches } from './usePersonMatches';
import { lengthCount } from '../lib/fieldLimit';
import { modalFooter } from '../lib/modalFooter';
import { useDiscardGuard } from '../lib/useDiscardGuard';

export interface PersonFormValues {
  name: string;
  clientId: string | null;
  title: string;
  phone: string;
  email: string;
  idType: IdType;
  idNumber: string;
  dietary: string;
  transport: string;
  preferences: string;
  birthday: Dayjs | null;
  notes: string;
}

interface Props {
  open: boolean;
  /** Edit this record; null adds a new person. */
  personId: string | null;
  /** When adding from a client's page: the client the new person belongs to. */
  client: { id: string; name: string } | null;
  /** When adding: the name typed before the dialog opened (a guest search that found no one). */
  initialName?: string;
  onClose: () => void;
  onSaved: (person: Person, created: boolean) => void;
}

const EMPTY: PersonFormValues = {
  name: '',
  clientId: null,
  title: '',
  phone: '',
  email: '',
  idType: 'resident_id',
  idNumber: '',
  dietary: '',
  transport: '',
  preferences: '',
  birthday: null,
  notes: '',
};

function valuesOf(p: Person): PersonFormValues {
  return {
    name: p.name,
    clientId: p.clientId,
    title: p.title,
    phone: p.phone,
    email: p.email,
    idType: p.idType ?? 'resident_id',
    // The number itself never reaches the renderer; blank keeps it.
    idNumber: '',
    dietary: p.dietary,
    transport: p.transport,
    preferences: p.preferences,
    birthday: p.birthday ? dayjs(p.birthday) : null,
    notes: p.notes,
  };
}

const TEXT_FIELDS = ['name', 'title', 'phone', 'email', 'dietary', 'transport', 'preferences', 'notes'] as const;

/** What changed against the record, so `people.update` (and its audit entry) names exactly that. */
function changesOf(p: Person, v: PersonFormValues) {
  const patch: Record<string, string | null> = {};
  for (const f of TEXT_FIELDS) {
    const next = (v[f] ?? '').trim();
    if (next !== p[f]) patch[f] = next;
  }
  const clientId = v.clientId ?? null;
  if (clientId !== p.clientId) patch.clientId = clientId;
  const birthday = v.birthday ? v.birthday.format('YYYY-MM-DD') : '';
  if (birthday !== (p.birthday ?? '')) patch.birthday = birthday;
  const idNumber = (v.idNumber ?? '').trim();
  if (idNumber !== '') Object.assign(patch, { idType: v.idType, idNumber });
  return patch;
}

type Duplicate = { person: Person; reason: string };

/**
 * Add a person (to a client or on their own) or edit one. While a new person's
 * name, phone and ID number are typed, records they may already be are shown,
 * so a returning guest is not entered twice.
 */
export function PersonFormModal({ open, personId, client, initialName, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<Person | null>(null);
  const [loadingPerson, setLoadingPerson] = useState(false);
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const creating = editing === null && !loadingPerson;
  const guard = useDiscardGuard(form, onClose);
  const { markClean } = guard;

  const name = Form.useWatch('name', form);
  const phone = Form.useWatch('phone', form);
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form);
  const { matches } = usePersonMatches({ name, phone, idType, idNumber }, open && creating && duplicate === null);

  async function openPerson(id: string) {
    setLoadingPerson(true);
    setDuplicate(null);
    const result = await api.people.get({ id });
    setLoadingPerson(false);
    if (!result.ok) {
      message.error(errorText(result.error));
      return;
    }
    setEditing(result.value);
    form.resetFields();
    form.setFieldsValue(valuesOf(result.value));
    markClean();
  }

  useEffect(() => {
    if (!open) return;
    setDuplicate(null);
    setEditing(null);
    form.resetFields();
    if (personId) void openPerson(personId);
    else form.setFieldsValue({ ...EMPTY, name: initialName ?? '', clientId: client?.id ?? null });
    markClean();
    // openPerson only uses state setters, the form and markClean.
  }, [open, personId, client, initialName, form, markClean]);

  async function showError(error: ApiError) {
    const reason = error.details?.reason;
    if (error.code === 'CONFLICT' && reason === 'possibleDuplicate' && typeof error.details?.matchId === 'string') {
      const match = await api.people.get({ id: error.details.matchId });
      if (match.ok) {
        setDuplicate({ person: match.value, reason: matchReasonText(String(error.details.matchedBy ?? '')) });
        return;
      }
    }
    if (error.code === 'CONFLICT' && reason === 'idBelongsToAnother') {
      form.setFields([{ name: 'idNumber', errors: [issueText('id.belongsToAnother')] }]);
      return;
    }
    if (error.code === 'NOT_FOUND' && reason === 'clientNotFound') {
      form.setFields([{ name: 'clientId', errors: [issueText('client.notFound')] }]);
      return;
    }
    if (error.code === 'VALIDATION' && showFieldIssues(form, error, PERSON_ISSUE_FIELDS)) return;
    message.error(errorText(error));
  }

  async function submit(values: PersonFormValues, confirmNew = false) {
    if (busy) return;
    setBusy(true);
    try {
      if (editing === null) {
        const input: PersonCreateInput = {
          name: values.name,
          title: values.title ?? '',
          phone: values.phone ?? '',
          email: values.email ?? '',
          idType: values.idType,
          idNumber: values.idNumber ?? '',
          dietary: values.dietary ?? '',
          transport: values.transport ?? '',
          preferences: values.preferences ?? '',
          birthday: values.birthday ? values.birthday.format('YYYY-MM-DD') : '',
          notes: values.notes ?? '',
          ...(values.clientId ? { clientId: values.clientId } : {}),
          ...(confirmNew ? { confirmNew: true } : {}),
        };
        const result = await api.people.create(input);
        if (!result.ok) return await showError(result.error);
        setDuplicate(null);
        onSaved(result.value, true);
      } else {
        const patch = changesOf(editing, values);
        if (Object.keys(patch).length === 0) {
          message.info(t('people.noChanges'));
          onClose();
          return;
        }
        const result = await api.people.update({ id: editing.id, ...patch });
        if (!result.ok) return await showError(result.error);
        onSaved(result.value, false);
      }
    } finally {
      setBusy(false);
    }
  }

  const idTypeNow: IdType = idType ?? 'resident_id';

  return (
    <Modal
      open={open}
      title={editing ? t('people.form.editTitle', { name: editing.name }) : t('people.form.createTitle')}
      onCancel={guard.requestClose}
      footer={modalFooter({ onCancel: guard.requestClose, cancelText: t('people.form.cancel'), onOk: () => form.submit(), okText: t('people.form.submit'), busy, okTestId: 'person-form-submit', okDisabled: loadingPerson })}
      destroyOnHidden
      width={760}
    >
      <Spin spinning={loadingPerson}>
        {duplicate && (
          <Alert
            type="error"
            showIcon
            className="person-duplicate"
            data-testid="person-duplicate"
            title={t('people.matches.duplicateTitle')}
            description={
              <>
                <div>{t('people.matches.duplicateHint', { reason: duplicate.reason })}</div>
                <List
                  size="small"
                  dataSource={[duplicate.person]}
                  renderItem={(p) => <MatchRow key={p.id} match={{ person: p, matchedBy: 'phone', reasons: [], score: 0 }} onUse={(id) => void openPerson(id)} />}
                />
                <Button
                  danger
                  loading={busy}
                  onClick={() => void form.validateFields().then((v) => submit(v, true))}
                  data-testid="person-create-anyway"
                >
                  {t('people.matches.createAnyway')}
                </Button>
              </>
            }
          />
        )}
        {creating && !duplicate && <PersonMatches matches={matches} onUse={(id) => void openPerson(id)} />}
        <Form<PersonFormValues>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          onValuesChange={(changed: Partial<PersonFormValues>) => {
            // A changed phone or ID number is a new question: ask main again on the next save.
            if ('phone' in changed || 'idNumber' in changed || 'name' in changed) setDuplicate(null);
          }}
          autoComplete="off"
          requiredMark={false}
          className="person-form"
        >
          <div className="form-grid">
            <Form.Item name="name" label={t('people.form.name')} rules={personRules.name}>
              <Input autoFocus {...lengthCount(personFields.name)} data-testid="person-form-name" />
            </Form.Item>
            <Form.Item name="clientId" label={t('people.form.client')}>
              <ClientSelect currentLabel={editing?.clientName ?? client?.name ?? null} data-testid="person-form-client" />
            </Form.Item>
            <Form.Item name="title" label={t('people.form.title')} rules={personRules.title}>
              <Input {...lengthCount(personFields.title)} data-testid="person-form-title" />
            </Form.Item>
            <Form.Item name="phone" label={t('people.form.phone')} rules={personRules.phone}>
              <Input className="mono-input" data-testid="person-form-phone" />
            </Form.Item>
            <Form.Item name="email" label={t('people.form.email')} rules={personRules.email}>
              <Input data-testid="person-form-email" />
            </Form.Item>
            <Form.Item label={t('people.form.idType')} name="idType">
              <Select options={ID_TYPES.map((type) => ({ value: type, label: t(`idTypes.${type}`) }))} data-testid="person-form-id-type" />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label={t('people.form.idNumber')}
              dependencies={['idType']}
              rules={checkInRules.idNumber(() => form.getFieldValue('idType') as IdType)}
              className="form-grid__wide"
            >
              <Input
                {...lengthCount(idDocumentShape.idNumber)}
                className="mono-input"
                spellCheck={false}
                placeholder={editing?.idMasked ? t('people.form.idNumberKeep', { mask: editing.idMasked }) : undefined}
                data-testid="person-form-id-number"
                data-id-type={idTypeNow}
              />
            </Form.Item>
            <Form.Item name="dietary" label={t('people.form.dietary')} rules={personRules.dietary}>
              <Input {...lengthCount(personFields.dietary)} data-testid="person-form-dietary" />
            </Form.Item>
            <Form.Item name="transport" label={t('people.form.transport')} rules={personRules.transport}>
              <Input {...lengthCount(personFields.transport)} data-testid="person-form-transport" />
            </Form.Item>
            <Form.Item name="preferences" label={t('people.form.preferences')} rules={personRules.preferences}>
              <Input {...lengthCount(personFields.preferences)} data-testid="person-form-preferences" />
            </Form.Item>
            <Form.Item name="birthday" label={t('people.form.birthday')}>
              <DatePicker
                className="full-width"
                format="YYYY-MM-DD"
                disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.year() < 1900}
                data-testid="person-form-birthday"
              />
            </Form.Item>
            <Form.Item name="notes" label={t('people.form.notes')} rules={personRules.notes} className="form-grid__wide">
              <Input.TextArea {...lengthCount(personFields.notes)} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="person-form-notes" />
            </Form.Item>
          </div>
        </Form>
      </Spin>
    </Modal>
  );
}
