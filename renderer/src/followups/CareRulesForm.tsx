import { App, Button, Checkbox, Form, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_TIERS } from '../../../contract/clients';
import { FESTIVALS, type CareRules } from '../../../contract/followups';
import { api } from '../api/client';
import { errorText } from '../lib/errors';

/** How early care reminders show, which festivals, and whose birthdays (managers). */
export function CareRulesForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CareRules>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.followups.careRules({}).then((result) => {
      if (result.ok) form.setFieldsValue(result.value);
    });
  }, [form]);

  async function save(v: CareRules) {
    if (busy) return;
    setBusy(true);
    try {
      const result = await api.followups.saveCareRules(v);
      if (!result.ok) return void message.error(errorText(result.error));
      form.setFieldsValue(result.value);
      message.success(t('followups.rules.saved'));
    } finally {
      setBusy(false);
    }
  }

  const days = <InputNumber min={0} max={30} precision={0} />;
  return (
    <Form<CareRules> form={form} layout="vertical" className="care-rules" onFinish={(v) => void save(v)} data-testid="care-rules">
      <div className="care-rules__days">
        <Form.Item name="birthdayLeadDays" label={t('followups.rules.birthdayLead')}>
          {days}
        </Form.Item>
        <Form.Item name="festivalLeadDays" label={t('followups.rules.festivalLead')}>
          {days}
        </Form.Item>
        <Form.Item name="milestoneLeadDays" label={t('followups.rules.milestoneLead')}>
          {days}
        </Form.Item>
      </div>
      <Form.Item name="festivals" label={t('followups.rules.festivals')}>
        <Checkbox.Group options={FESTIVALS.map((f) => ({ value: f, label: t(`followups.festivals.${f}`) }))} />
      </Form.Item>
      <Form.Item name="birthdayTiers" label={t('followups.rules.birthdayTiers')}>
        <Checkbox.Group options={CLIENT_TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="care-rules-save">
        {t('followups.rules.save')}
      </Button>
    </Form>
  );
}
