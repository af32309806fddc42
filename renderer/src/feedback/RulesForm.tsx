import { Alert, App, Button, Form, InputNumber, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATING_MAX, WALK_IN_REQUESTS, type FeedbackRules } from '../../../contract/feedback';
import { INCIDENT_TIERS } from '../../../contract/incidents';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { showFieldIssues } from '../forms/fieldIssues';
import { errorText } from '../lib/errors';

/** 规则: when a response raises a red alert (a score, a word), the urgency of the complaint it opens, and which walk-ins are asked. */
export function RulesForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const manage = can('feedback.manage');
  const [form] = Form.useForm<FeedbackRules>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const result = await api.feedback.rules({});
      if (result.ok) form.setFieldsValue(result.value);
      else setError(result.error);
    })();
  }, [form]);

  async function save(values: FeedbackRules) {
    setBusy(true);
    const result = await api.feedback.saveRules(values);
    setBusy(false);
    if (!result.ok) {
      if (!showFieldIssues(form, result.error, { alertAtOrBelow: 'alertAtOrBelow', alertKeywords: 'alertKeywords', requestWithinHours: 'requestWithinHours' })) setError(result.error);
      return;
    }
    setError(null);
    form.setFieldsValue(result.value);
    message.success(t('feedback.rules.saved'));
  }

  return (
    <div style={{ maxWidth: 640 }} data-testid="fb-rules">
      {!manage && <Alert type="info" showIcon title={t('feedback.rules.readOnly')} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
      <Form<FeedbackRules> form={form} layout="vertical" disabled={!manage} onFinish={(v) => void save(v)}>
        <Form.Item name="alertAtOrBelow" label={t('feedback.rules.alertAtOrBelow')}>
          <Radio.Group optionType="button" options={Array.from({ length: RATING_MAX - 1 }, (_, i) => ({ value: i + 1, label: t('feedback.stars', { count: i + 1 }) }))} />
        </Form.Item>
        <Form.Item name="alertKeywords" label={t('feedback.rules.alertKeywords')}>
          <Select mode="tags" open={false} placeholder={t('feedback.rules.keywordsPlaceholder')} tokenSeparators={[',', '，', '、']} data-testid="fb-rules-keywords" />
        </Form.Item>
        <Form.Item name="alertTier" label={t('feedback.rules.alertTier')}>
          <Radio.Group optionType="button" options={INCIDENT_TIERS.map((x) => ({ value: x, label: t(`feedback.tier.${x}`) }))} />
        </Form.Item>
        <Form.Item name="walkInRequests" label={t('feedback.rules.walkInRequests')}>
          <Radio.Group options={WALK_IN_REQUESTS.map((x) => ({ value: x, label: t(`feedback.walkIn.${x}`) }))} />
        </Form.Item>
        <Form.Item name="requestWithinHours" label={t('feedback.rules.requestWithinHours')}>
          <InputNumber min={1} max={168} />
        </Form.Item>
        {manage && (
          <Button type="primary" htmlType="submit" loading={busy} data-testid="fb-rules-save">
            {t('feedback.rules.save')}
          </Button>
        )}
      </Form>
    </div>
  );
}
