import { App, DatePicker, Form, Input, Modal, Select, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DRILL_SCENARIOS, qualityFields, type Drill } from '../../../../contract/quality';
import { api } from '../../api/client';
import { errorText, issueText } from '../../lib/errors';
import { useConfirmDiscard } from '../../lib/useDiscardGuard';
import { lengthCount } from '../../lib/fieldLimit';

interface Values {
  heldAt: Dayjs;
  scenario: Drill['scenario'];
  title: string;
  participants: string[];
  findings: string;
  actions: string;
}

/** Logs a drill, or corrects one. */
export function DrillModal({ drill, onClose, onSaved }: { drill: Drill | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const confirmDiscard = useConfirmDiscard();
  const [saving, setSaving] = useState(false);

  const [initial] = useState<Values>(() =>
    drill
      ? { heldAt: dayjs(drill.heldAt), scenario: drill.scenario, title: drill.title, participants: drill.participants, findings: drill.findings, actions: drill.actions }
      : { heldAt: dayjs().second(0), scenario: 'fire', title: '', participants: [], findings: '', actions: '' },
  );
  // Compared as saved (the time to the minute, texts trimmed), so an untouched dialog closes without a question.
  const requestClose = () => (sameDrill(form.getFieldsValue(true) as Values, initial) ? onClose() : confirmDiscard(onClose));

  const save = async (values: Values) => {
    setSaving(true);
    const result = await api.quality.saveDrill({
      ...(drill ? { id: drill.id } : {}),
      heldAt: values.heldAt.format('YYYY-MM-DDTHH:mm'),
      scenario: values.scenario,
      title: values.title ?? '',
      participants: (values.participants ?? []).map((p) => p.trim()).filter((p) => p !== ''),
      findings: values.findings ?? '',
      actions: values.actions ?? '',
    });
    setSaving(false);
    if (!result.ok) {
      for (const issue of result.error.issues ?? []) {
        const name = issue.path.split('.')[0]!;
        if (['heldAt', 'scenario', 'title', 'participants', 'findings', 'actions'].includes(name)) form.setFields([{ name: name as keyof Values, errors: [issueText(issue.message)] }]);
      }
      return message.error(errorText(result.error));
    }
    message.success(t('checklists.emergency.drills.saved'));
    onSaved();
  };

  const d = (key: string) => t(`checklists.emergency.drills.${key}`);
  return (
    <Modal
      open
      title={drill ? d('editTitle') : d('addTitle')}
      onOk={() => form.submit()}
      onCancel={requestClose}
      okButtonProps={{ 'data-testid': 'drill-save' } as ButtonProps}
      confirmLoading={saving}
      maskClosable={false}
      destroyOnHidden
      data-testid="drill-dialog"
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(values) => void save(values)}>
        <Form.Item name="heldAt" label={d('heldAt')} rules={[{ required: true, message: issueText('required') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" data-testid="drill-held-at" />
        </Form.Item>
        <Form.Item name="scenario" label={d('scenario')}>
          <Select options={DRILL_SCENARIOS.map((s) => ({ value: s, label: t(`checklists.emergency.drills.scenarios.${s}`) }))} data-testid="drill-scenario" />
        </Form.Item>
        <Form.Item name="title" label={d('drillTitle')}>
          <Input {...lengthCount(qualityFields.drillTitle)} data-testid="drill-title" />
        </Form.Item>
        <Form.Item
          name="participants"
          label={d('participants')}
          extra={d('participantsHint')}
          rules={[{ required: true, type: 'array', min: 1, message: issueText('required') }]}
        >
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} data-testid="drill-participants" />
        </Form.Item>
        <Form.Item name="findings" label={d('findings')}>
          <Input.TextArea {...lengthCount(qualityFields.findings)} autoSize={{ minRows: 2, maxRows: 6 }} data-testid="drill-findings" />
        </Form.Item>
        <Form.Item name="actions" label={d('actions')}>
          <Input.TextArea {...lengthCount(qualityFields.actions)} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function saved(values: Values): string {
  return JSON.stringify([
    values.heldAt?.format('YYYY-MM-DDTHH:mm') ?? '',
    values.scenario,
    (values.title ?? '').trim(),
    (values.participants ?? []).map((p) => p.trim()),
    (values.findings ?? '').trim(),
    (values.actions ?? '').trim(),
  ]);
}

function sameDrill(a: Values, b: Values): boolean {
  return saved(a) === saved(b);
}
