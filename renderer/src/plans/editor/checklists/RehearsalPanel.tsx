import { App, Button, Checkbox, DatePicker, Form, Input, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistFields, type PlanChecklists } from '../../../../../contract/checklists';
import type { PlanDetail } from '../../../../../contract/plans';
import { api } from '../../../api/client';
import { errorText } from '../../../lib/errors';
import { lengthCount } from '../../../lib/fieldLimit';

interface Values {
  at: Dayjs | null;
  place: string;
  attendees: string[];
  notes: string;
  held: boolean;
}

interface Props {
  plan: PlanDetail;
  data: PlanChecklists;
  canEdit: boolean;
  onSaved: (next: PlanChecklists) => void;
}

const MINUTE = 'YYYY-MM-DDTHH:mm';

function valuesOf(r: PlanChecklists['rehearsal']): Values {
  return { at: r ? dayjs(r.at) : null, place: r?.place ?? '', attendees: r?.attendees ?? [], notes: r?.notes ?? '', held: r?.held ?? false };
}

/** The team's names, leads first, for the attendee picker. */
function teamNames(plan: PlanDetail): string[] {
  const names = plan.team.flatMap((m) => [m.primaryName, m.backupName]).filter((n) => n.trim() !== '');
  return [...new Set(names)];
}

/** 彩排: when and where, who takes part, and whether it was held; required when the plan's level asks for one. */
export function RehearsalPanel({ plan, data, canEdit, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const missing = data.rehearsalRequired && !data.rehearsal;

  // Main's copy is read again after every tick elsewhere on the tab: only a rehearsal that really changed replaces what is being typed.
  const saved = JSON.stringify(data.rehearsal);
  useEffect(() => form.setFieldsValue(valuesOf(JSON.parse(saved) as PlanChecklists['rehearsal'])), [saved, form]);

  async function save(rehearsal: Parameters<typeof api.checklists.saveRehearsal>[0]['rehearsal']) {
    setBusy(true);
    const result = await api.checklists.saveRehearsal({ planId: plan.id, rehearsal });
    setBusy(false);
    if (!result.ok) return void message.error(errorText(result.error));
    onSaved(result.value);
    message.success(t(rehearsal ? 'planChecklists.rehearsal.saved' : 'planChecklists.rehearsal.cleared'));
  }

  function finish(v: Values) {
    if (!v.at) return;
    void save({ at: v.at.format(MINUTE), place: (v.place ?? '').trim(), attendees: v.attendees.map((a) => a.trim()).filter(Boolean), notes: (v.notes ?? '').trim(), held: v.held });
  }

  return (
    <section className={missing ? 'checklist-panel checklist-panel--missing' : 'checklist-panel'} data-testid="rehearsal-panel" id="plan-rehearsal">
      <header className="checklist-panel__head">
        <h3>{t('planChecklists.rehearsal.title')}</h3>
        {data.rehearsalRequired && (
          <Tag color={missing ? 'warning' : 'success'} data-testid="rehearsal-required">
            {t(missing ? 'planChecklists.rehearsal.requiredMissing' : 'planChecklists.rehearsal.required')}
          </Tag>
        )}
        {data.rehearsal?.held && <Tag color="success">{t('planChecklists.rehearsal.held')}</Tag>}
      </header>
      <Form<Values> form={form} layout="inline" disabled={!canEdit} onFinish={finish} initialValues={valuesOf(data.rehearsal)} className="rehearsal-form" autoComplete="off">
        <Form.Item name="at" label={t('planChecklists.rehearsal.at')} rules={[{ required: true, message: t('errors.required') }]}>
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" needConfirm={false} data-testid="rehearsal-at" />
        </Form.Item>
        <Form.Item name="place" label={t('planChecklists.rehearsal.place')}>
          <Input {...lengthCount(checklistFields.rehearsalPlace)} data-testid="rehearsal-place" />
        </Form.Item>
        <Form.Item name="attendees" label={t('planChecklists.rehearsal.attendees')} className="rehearsal-form__wide">
          <Select mode="tags" options={teamNames(plan).map((n) => ({ value: n, label: n }))} placeholder={t('planChecklists.rehearsal.attendeesHint')} data-testid="rehearsal-attendees" />
        </Form.Item>
        <Form.Item name="notes" label={t('planChecklists.rehearsal.notes')} className="rehearsal-form__wide">
          <Input.TextArea {...lengthCount(checklistFields.rehearsalNotes)} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="held" valuePropName="checked">
          <Checkbox data-testid="rehearsal-held">{t('planChecklists.rehearsal.heldLabel')}</Checkbox>
        </Form.Item>
        {canEdit && (
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="rehearsal-save">
              {t('planChecklists.rehearsal.save')}
            </Button>
            {data.rehearsal && (
              <Button type="link" danger onClick={() => void save(null)} disabled={busy} data-testid="rehearsal-clear">
                {t('planChecklists.rehearsal.clear')}
              </Button>
            )}
          </Form.Item>
        )}
      </Form>
    </section>
  );
}
