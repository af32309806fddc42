import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { emergencyContact, emergencyPlanInput, type EmergencyPlan } from '../../../contract/quality';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText, issueText } from '../lib/errors';
import { useConfirmDiscard } from '../lib/useDiscardGuard';
import { lengthCount } from '../lib/fieldLimit';
import './emergencyPlan.css';

type PlanInput = z.output<typeof emergencyPlanInput>;

type Shown = EmergencyPlan & { inherited: boolean };

/**
 * A written emergency plan (DIGEST 01): contacts, assembly point, spare room
 * and vehicle, procedures. The site's (`planId` null, kept by managers) on the
 * emergency tab; a visit's own in its plan, where until one is written the
 * site's shows, marked as such, and "write one for this visit" starts from it.
 */
export function EmergencyPlanCard({ planId, canEdit }: { planId: string | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [plan, setPlan] = useState<Shown | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<PlanInput>();
  const confirmDiscard = useConfirmDiscard();

  useEffect(() => {
    void api.quality.emergencyPlan({ planId }).then((result) => {
      if (!result.ok) return setError(result.error);
      setPlan(result.value);
    });
  }, [planId]);

  // Cancel asks first only when something differs from the plan as saved.
  const requestClose = () => {
    if (plan && samePlan(form.getFieldsValue(true) as PlanInput, inputOf(plan))) setEditing(false);
    else confirmDiscard(() => setEditing(false));
  };

  const save = async (values: PlanInput) => {
    setSaving(true);
    const result = await api.quality.saveEmergencyPlan({ planId, plan: { ...values, contacts: values.contacts ?? [] } });
    setSaving(false);
    if (!result.ok) {
      for (const issue of result.error.issues ?? []) {
        const name = issue.path.split('.').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        form.setFields([{ name: name as never, errors: [issueText(issue.message)] }]);
      }
      return message.error(errorText(result.error));
    }
    setPlan(result.value);
    setEditing(false);
    message.success(t('checklists.emergency.saved'));
  };

  const e = (key: string) => t(`checklists.emergency.${key}`);
  const orNone = (text: string) => (text.trim() === '' ? <span className="emergency-muted">{e('notSet')}</span> : text);

  return (
    <Card
      title={planId ? e('visitPlan') : e('sitePlan')}
      size="small"
      className="emergency-plan"
      data-testid="emergency-plan"
      extra={
        canEdit &&
        !editing && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} disabled={!plan} data-testid="emergency-plan-edit">
            {planId && plan?.inherited ? e('writeOwn') : e('edit')}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {planId && plan?.inherited && !editing && (
        <div className="emergency-muted emergency-inherited" data-testid="emergency-plan-inherited">
          {e('inherited')}
        </div>
      )}
      {!plan && !error && <Spin />}
      {plan && !editing && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={e('contacts')}>
              {plan.contacts.length === 0
                ? orNone('')
                : plan.contacts.map((c, i) => (
                    <div key={i}>
                      {c.name}
                      {c.role && ` · ${c.role}`} · {c.phone}
                    </div>
                  ))}
            </Descriptions.Item>
            <Descriptions.Item label={e('assemblyPoint')}>{orNone(plan.assemblyPoint)}</Descriptions.Item>
            <Descriptions.Item label={e('spareRoom')}>{orNone(plan.spareRoom)}</Descriptions.Item>
            <Descriptions.Item label={e('spareVehicle')}>{orNone(plan.spareVehicle)}</Descriptions.Item>
            <Descriptions.Item label={e('proceduresShort')}>
              <div className="emergency-procedures">{orNone(plan.procedures)}</div>
            </Descriptions.Item>
          </Descriptions>
          {plan.updatedAt && !(planId && plan.inherited) && (
            <div className="emergency-muted emergency-updated">{t('checklists.emergency.updated', { name: plan.updatedByName, time: dayjs(plan.updatedAt).format('YYYY-MM-DD HH:mm') })}</div>
          )}
        </>
      )}
      {editing && plan && (
        <Form form={form} layout="vertical" initialValues={inputOf(plan)} onFinish={(values) => void save(values)} data-testid="emergency-plan-form">
          <Form.List name="contacts">
            {(fields, { add, remove }) => (
              <fieldset className="emergency-contacts">
                <legend>{e('contacts')}</legend>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item name={[field.name, 'name']} label={e('contactName')} rules={[{ required: true, message: issueText('required') }]}>
                      <Input {...lengthCount(emergencyContact.shape.name)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'role']} label={e('contactRole')}>
                      <Input {...lengthCount(emergencyContact.shape.role)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'phone']} label={e('contactPhone')} rules={[{ required: true, message: issueText('required') }]}>
                      <Input {...lengthCount(emergencyContact.shape.phone)} />
                    </Form.Item>
                    <Button className="emergency-contacts__remove" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={e('removeContact')} />
                  </Space>
                ))}
                <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', role: '', phone: '' })}>
                  {e('addContact')}
                </Button>
              </fieldset>
            )}
          </Form.List>
          <Form.Item name="assemblyPoint" label={e('assemblyPoint')}>
            <Input {...lengthCount(emergencyPlanInput.shape.assemblyPoint)} data-testid="emergency-assembly" />
          </Form.Item>
          <Form.Item name="spareRoom" label={e('spareRoom')}>
            <Input {...lengthCount(emergencyPlanInput.shape.spareRoom)} />
          </Form.Item>
          <Form.Item name="spareVehicle" label={e('spareVehicle')}>
            <Input {...lengthCount(emergencyPlanInput.shape.spareVehicle)} />
          </Form.Item>
          <Form.Item name="procedures" label={e('procedures')}>
            <Input.TextArea {...lengthCount(emergencyPlanInput.shape.procedures)} autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
          <Space>
            <Button onClick={requestClose} data-testid="emergency-plan-cancel">{e('cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="emergency-plan-save">
              {e('save')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}

function inputOf(plan: EmergencyPlan): PlanInput {
  return {
    contacts: plan.contacts.map((c) => ({ ...c })),
    assemblyPoint: plan.assemblyPoint,
    spareRoom: plan.spareRoom,
    spareVehicle: plan.spareVehicle,
    procedures: plan.procedures,
  };
}

/** Texts compared as saved (trimmed), contacts in order. */
function samePlan(a: PlanInput, b: PlanInput): boolean {
  const norm = (p: PlanInput) =>
    JSON.stringify([
      (p.contacts ?? []).map((c) => [c?.name ?? '', c?.role ?? '', c?.phone ?? ''].map((x) => x.trim())),
      ...[p.assemblyPoint, p.spareRoom, p.spareVehicle, p.procedures].map((x) => (x ?? '').trim()),
    ]);
  return norm(a) === norm(b);
}
