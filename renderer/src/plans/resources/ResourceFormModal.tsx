import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS, resourceFields, type Resource } from '../../../../contract/plans';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { errorText, issueText } from '../../lib/errors';
import { lengthCount } from '../../lib/fieldLimit';
import { modalFooter } from '../../lib/modalFooter';
import { schemaRule } from '../../lib/schemaRule';
import { useDiscardGuard } from '../../lib/useDiscardGuard';
import { parseWhole } from '../../lib/parseWhole';
import { wholeNumberRule } from '../../lib/wholeNumber';
import { showFieldIssues } from '../../forms/fieldIssues';
import { KIND_ICONS } from '../editor/bookings/ResourceSelect';

interface Values {
  kind: Resource['kind'];
  name: string;
  /** As typed; checked by its rule. */
  capacity: number | string | null;
  notes: string;
}

interface Props {
  open: boolean;
  /** Null adds a new resource; a resource edits it. */
  resource: Resource | null;
  /** The kind a new resource starts as: the one the list is filtered to. */
  defaultKind: Resource['kind'];
  onClose: () => void;
  onSaved: (resource: Resource, created: boolean) => void;
}

const rules = {
  name: [schemaRule(resourceFields.name)],
  // Empty is allowed (not every resource has a capacity); text that is not a whole number is an error, not "no capacity".
  capacity: [wholeNumberRule(resourceFields.capacity, false)],
  notes: [schemaRule(resourceFields.notes)],
};
const ISSUE_FIELDS = { name: 'name', capacity: 'capacity', notes: 'notes', kind: 'kind' };

/** Add or change a room, vehicle or other resource. Its kind is fixed once made. */
export function ResourceFormModal({ open, resource, defaultKind, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const creating = resource === null;
  const guard = useDiscardGuard(form, onClose);
  const { markClean } = guard;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(resource ? { kind: resource.kind, name: resource.name, capacity: resource.capacity, notes: resource.notes } : { kind: defaultKind, name: '', capacity: null, notes: '' });
    markClean();
  }, [open, resource, defaultKind, form, markClean]);

  function showError(error: ApiError) {
    if (error.code === 'CONFLICT' && error.details?.reason === 'nameTaken') {
      form.setFields([{ name: 'name', errors: [issueText('resource.nameTaken')] }]);
      return;
    }
    if (error.code === 'VALIDATION' && showFieldIssues(form, error, ISSUE_FIELDS)) return;
    message.error(errorText(error));
  }

  async function submit(v: Values) {
    if (busy) return;
    setBusy(true);
    const name = v.name.trim();
    const notes = (v.notes ?? '').trim();
    // The rule has checked it is blank or a whole number in range.
    const capacity = parseWhole(v.capacity);
    const result = creating
      ? await api.resources.create({ kind: v.kind, name, capacity, notes })
      : await api.resources.update({
          id: resource.id,
          // Only what changed, so the audit entry names exactly that.
          ...(name !== resource.name ? { name } : {}),
          ...(capacity !== resource.capacity ? { capacity } : {}),
          ...(notes !== resource.notes ? { notes } : {}),
        });
    setBusy(false);
    if (!result.ok) return showError(result.error);
    onSaved(result.value, creating);
  }

  return (
    <Modal
      open={open}
      title={creating ? t('planTeam.resources.form.createTitle') : t('planTeam.resources.form.editTitle', { name: resource.name })}
      onCancel={guard.requestClose}
      footer={modalFooter({
        onCancel: guard.requestClose,
        cancelText: t('planTeam.resources.form.cancel'),
        onOk: () => form.submit(),
        okText: t('planTeam.resources.form.submit'),
        busy,
        okTestId: 'resource-form-submit',
      })}
      destroyOnHidden
      width={560}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} autoComplete="off" requiredMark={false}>
        <div className="resource-form-grid">
          <Form.Item name="kind" label={t('planTeam.resources.form.kind')} extra={creating ? undefined : t('planTeam.resources.form.kindFixed')}>
            <Select
              disabled={!creating}
              options={RESOURCE_KINDS.map((k) => ({
                value: k,
                label: (
                  <span>
                    {KIND_ICONS[k]} {t(`planTeam.bookings.kinds.${k}`)}
                  </span>
                ),
              }))}
              data-testid="resource-form-kind"
            />
          </Form.Item>
          <Form.Item name="name" label={t('planTeam.resources.form.name')} rules={rules.name}>
            <Input autoFocus {...lengthCount(resourceFields.name)} placeholder={t('planTeam.resources.form.namePlaceholder')} data-testid="resource-form-name" />
          </Form.Item>
          <Form.Item name="capacity" label={t('planTeam.resources.form.capacity')} rules={rules.capacity} extra={t('planTeam.resources.form.capacityHint')}>
            <Input inputMode="numeric" className="full-width" data-testid="resource-form-capacity" />
          </Form.Item>
          <Form.Item name="notes" label={t('planTeam.resources.form.notes')} rules={rules.notes}>
            <Input.TextArea {...lengthCount(resourceFields.notes)} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('planTeam.resources.form.notesPlaceholder')} data-testid="resource-form-notes" />
          </Form.Item>
        </div>
        {/* Enter in a field submits, as in every form of the desk. */}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
