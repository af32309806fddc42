import { ScheduleOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_LIMITS, retentionPolicy, timeOfDay, type BackupSchedule } from '../../../contract/backup';
import type { ApiError } from '../../../contract/result';
import { errorText, issueText } from '../lib/errors';
import { schemaRule } from '../lib/schemaRule';

interface Props {
  schedule: BackupSchedule;
  onSave: (schedule: BackupSchedule) => Promise<ApiError | null>;
}

const KINDS = ['daily', 'weekly', 'monthly'] as const;

/** When the daily snapshot runs, whether closing the desk takes one, and how many of each age are kept. */
export function ScheduleForm({ schedule, onSave }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BackupSchedule>();
  const [busy, setBusy] = useState(false);

  // Main's schedule is the truth: take it whenever it changes there (another save, a first load).
  useEffect(() => form.setFieldsValue(schedule), [form, schedule]);

  async function save(values: BackupSchedule) {
    setBusy(true);
    try {
      const error = await onSave({ dailyAt: values.dailyAt.trim(), onQuit: values.onQuit, retention: values.retention });
      if (!error) return void message.success(t('backup.schedule.saved'));
      const fields = (error.issues ?? []).map((i) => ({ name: i.path.split('.'), errors: [issueText(i.message)] }));
      if (fields.length > 0) form.setFields(fields as never);
      else message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title={
        <span>
          <ScheduleOutlined /> {t('backup.schedule.title')}
        </span>
      }
    >
      <Form<BackupSchedule> form={form} layout="vertical" initialValues={schedule} onFinish={(v) => void save(v)} data-testid="backup-schedule" requiredMark={false}>
        <Form.Item name="dailyAt" label={t('backup.schedule.dailyAt')} extra={t('backup.schedule.dailyAtHint')} rules={[schemaRule(timeOfDay)]}>
          <Input className="backup-time" placeholder="12:30" data-testid="backup-daily-at" />
        </Form.Item>
        <Form.Item name="onQuit" label={t('backup.schedule.onQuit')} valuePropName="checked" layout="horizontal">
          <Switch data-testid="backup-on-quit" />
        </Form.Item>
        <Form.Item label={t('backup.schedule.retention')} extra={t('backup.schedule.retentionHint')}>
          <Space wrap>
            {KINDS.map((kind) => (
              <Form.Item
                key={kind}
                name={['retention', kind]}
                noStyle
                rules={[{ required: true, type: 'integer', ...RETENTION_LIMITS[kind], message: t('errors.outOfRange') }, schemaRule(retentionPolicy.shape[kind])]}
              >
                <InputNumber
                  min={RETENTION_LIMITS[kind].min}
                  max={RETENTION_LIMITS[kind].max}
                  precision={0}
                  step={1}
                  prefix={t(`backup.schedule.${kind}`)}
                  aria-label={`${t('backup.schedule.retention')}: ${t(`backup.schedule.${kind}`)}`}
                  className="backup-retention"
                  data-testid={`backup-keep-${kind}`}
                />
              </Form.Item>
            ))}
          </Space>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="backup-schedule-save">
          {t('backup.schedule.save')}
        </Button>
      </Form>
    </Card>
  );
}
