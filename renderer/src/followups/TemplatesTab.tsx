import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Modal, Space, Switch, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followupTemplateInput, templateStepInput, type FollowupTemplate } from '../../../contract/followups';
import { api } from '../api/client';
import { showFieldIssues } from '../forms/fieldIssues';
import { errorText } from '../lib/errors';
import { lengthCount } from '../lib/fieldLimit';
import { modalFooter } from '../lib/modalFooter';

interface Values {
  nameZh: string;
  nameEn: string;
  active: boolean;
  steps: { id?: string; zh: string; en: string; offsetDays: number }[];
}

const STEP_TITLE = templateStepInput.shape.title.shape;
const NAME = followupTemplateInput.shape.name.shape;

/** The follow-up templates (managers): built-in ones editable, own ones added; each a name and steps with their day. */
export function TemplatesTab() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [templates, setTemplates] = useState<FollowupTemplate[]>([]);
  const [editing, setEditing] = useState<FollowupTemplate | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const lang = i18n.language === 'en' ? 'en' : 'zh';

  const load = useCallback(async () => {
    const result = await api.followups.templates({ includeInactive: true });
    if (result.ok) setTemplates(result.value);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  function open(tp: FollowupTemplate | 'new') {
    form.resetFields();
    form.setFieldsValue(
      tp === 'new'
        ? { nameZh: '', nameEn: '', active: true, steps: [{ zh: '', en: '', offsetDays: 1 }] }
        : { nameZh: tp.name.zh, nameEn: tp.name.en, active: tp.active, steps: tp.steps.map((s) => ({ id: s.id, zh: s.title.zh, en: s.title.en, offsetDays: s.offsetDays })) },
    );
    setEditing(tp);
  }

  async function save(v: Values) {
    if (busy || editing === null) return;
    setBusy(true);
    try {
      const result = await api.followups.saveTemplate({
        ...(editing !== 'new' && { id: editing.id }),
        name: { zh: v.nameZh ?? '', en: v.nameEn ?? '' },
        active: v.active,
        steps: v.steps.map((s) => ({ ...(s.id && { id: s.id }), title: { zh: s.zh ?? '', en: s.en ?? '' }, offsetDays: s.offsetDays })),
      });
      if (!result.ok) {
        const fields = { 'name.zh': 'nameZh', 'name.en': 'nameEn' };
        if (!showFieldIssues(form, result.error, fields)) message.error(errorText(result.error));
        return;
      }
      message.success(t('followups.templates.saved'));
      setEditing(null);
      void load();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="followup-templates" data-testid="followup-templates">
      <div className="followups-toolbar">
        <span className="followups-toolbar__spacer" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="template-add">
          {t('followups.templates.add')}
        </Button>
      </div>
      <div className="followup-templates__grid">
        {templates.map((tp) => (
          <Card
            key={tp.id}
            size="small"
            title={
              <Space>
                {tp.name[lang] || tp.name.zh}
                {tp.builtIn && <Tag>{t('followups.templates.builtIn')}</Tag>}
                {!tp.active && <Tag color="default">{t('followups.templates.inactive')}</Tag>}
              </Space>
            }
            extra={
              <Button size="small" type="text" icon={<EditOutlined />} onClick={() => open(tp)} data-testid="template-edit">
                {t('followups.templates.edit')}
              </Button>
            }
            data-testid="template-card"
          >
            <ol className="followup-templates__steps">
              {tp.steps.map((s) => (
                <li key={s.id}>
                  <span className="muted">{t('followups.templates.offsetValue', { count: s.offsetDays })}</span> {s.title[lang] || s.title.zh}
                </li>
              ))}
            </ol>
          </Card>
        ))}
      </div>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('followups.templates.add') : t('followups.templates.edit')}
        onCancel={() => setEditing(null)}
        footer={modalFooter({ onCancel: () => setEditing(null), cancelText: t('followups.dialogs.cancel'), onOk: () => form.submit(), okText: t('followups.templates.save'), busy, okTestId: 'template-save' })}
        destroyOnHidden
        width={640}
      >
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)} requiredMark={false} autoComplete="off">
          <div className="form-grid">
            <Form.Item name="nameZh" label={t('followups.templates.nameZh')}>
              <Input {...lengthCount(NAME.zh)} data-testid="template-name-zh" />
            </Form.Item>
            <Form.Item name="nameEn" label={t('followups.templates.nameEn')}>
              <Input {...lengthCount(NAME.en)} />
            </Form.Item>
          </div>
          <Form.Item name="active" label={t('followups.templates.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.List name="steps">
            {(fields, { add, remove }) => (
              <div className="followup-templates__editor">
                {fields.map((field) => (
                  <Space key={field.key} align="start" className="followup-templates__row">
                    <Form.Item name={[field.name, 'offsetDays']} label={t('followups.templates.offset')}>
                      <InputNumber min={0} max={365} precision={0} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'zh']} label={t('followups.templates.stepZh')}>
                      <Input {...lengthCount(STEP_TITLE.zh)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'en']} label={t('followups.templates.stepEn')}>
                      <Input {...lengthCount(STEP_TITLE.en)} />
                    </Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('followups.templates.removeStep')} disabled={fields.length <= 1} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ zh: '', en: '', offsetDays: 1 })}>
                  {t('followups.templates.addStep')}
                </Button>
              </div>
            )}
          </Form.List>
        </Form>
      </Modal>
    </div>
  );
}
