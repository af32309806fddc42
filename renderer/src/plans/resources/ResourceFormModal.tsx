import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { optionalMultilineText, requiredText } from '../../../../contract/fields';
import { RESOURCE_KINDS, type Resource } from '../../../../contract/plans';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { errorText, issueText } from '../../lib/errors';
import { modalFooter } from '../../lib/modalFooter';
import { schemaRule } from '../../lib/schemaRule';
import { showFieldIssues } from '../../session/fieldIssues';
import { KIND_ICONS } from '../editor/bookings/ResourceSelect';

interface Values {
  kind: Resource['kind'];
  name: string;
  capacity: number | null;
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

const capacitySchema = z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(1000, 'outOfRange');

const rules = {
  name: [schemaRule(requiredText(50))],
  // Empty is allowed (not every resource has a capacity); a number must be what main accepts.
  capacity: [
    {
      validator: async (_rule: unknown, value: unknown) => {
        if (value === null || value === undefined || value === '') return;
        const result = capacitySchema.safeParse(value);
        if (!result.success) throw new Error(issueText(result.error.issues[0]?.message ?? 'invalid'));
      },
    },
  ],
  notes: [schemaRule(optionalMultilineText(200))],
};
const ISSUE_FIELDS = { name: 'name', capacity: 'capacity', notes: 'notes', kind: 'kind' };

/** Add or change a room, vehicle or other resource. Its kind is fixed once made. */
export function ResourceFormModal({ open, resource, defaultKind, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const creating = resource === null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(resource ? { kind: resource.kind, name: resource.name, capacity: resource.capacity, notes: resource.notes } : { kind: defaultKind, name: '', capacity: null, notes: '' });
  }, [open, resource, defaultKind, form]);

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
    const capacity = v.capacity ?? null;
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
      onCancel={onClose}
      footer={modalFooter({
        onCancel: onClose,
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
            <Input autoFocus maxLength={50} placeholder={t('planTeam.resources.form.namePlaceholder')} data-testid="resource-form-name" />
          </Form.Item>
          <Form.Item name="capacity" label={t('planTeam.resources.form.capacity')} rules={rules.capacity} extra={t('planTeam.resources.form.capacityHint')}>
            <InputNumber min={1} max={1000} precision={0} className="full-width" data-testid="resource-form-capacity" />
          </Form.Item>
          <Form.Item name="notes" label={t('planTeam.resources.form.notes')} rules={rules.notes}>
            <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('planTeam.resources.form.notesPlaceholder')} data-testid="resource-form-notes" />
          </Form.Item>
        </div>
        {/* Enter in a field submits, as in every form of the desk. */}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
