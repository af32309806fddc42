import { Alert, App, Button, InputNumber, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../contract/result';
import { PERSONAL_DATA_YEARS, type RetentionRules as Rules } from '../../../contract/retention';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';

/** The personal-data period (managers edit it), and each document class's period, read-only here (kept with the class). */
export function RetentionRules() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const [rules, setRules] = useState<Rules | null>(null);
  const [years, setYears] = useState<number>(PERSONAL_DATA_YEARS.default);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    void api.retention.rules({}).then((r) => {
      if (!r.ok) return setError(r.error);
      setRules(r.value);
      setYears(r.value.personalDataYears);
    });
  }, []);

  const save = async () => {
    const r = await api.retention.saveRules({ personalDataYears: years });
    if (!r.ok) return setError(r.error);
    setError(null);
    setRules(r.value);
    message.success(t('retention.rules.saved'));
  };

  return (
    <div className="retention-rules" data-testid="retention-rules">
      {error && <Alert type="warning" showIcon title={errorText(error)} />}
      <Typography.Title level={5}>{t('retention.rules.personalDataYears')}</Typography.Title>
      <Space>
        <InputNumber
          min={PERSONAL_DATA_YEARS.min}
          max={PERSONAL_DATA_YEARS.max}
          precision={0}
          value={years}
          disabled={!can('archive.manage')}
          onChange={(v) => setYears(v ?? PERSONAL_DATA_YEARS.default)}
          data-testid="retention-years"
        />
        {can('archive.manage') && (
          <Button type="primary" onClick={() => void save()} disabled={rules?.personalDataYears === years} data-testid="retention-rules-save">
            {t('retention.rules.save')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('retention.rules.personalDataHint')}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('retention.rules.classes')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('retention.rules.classesHint')}</Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rules?.classes ?? []}
        columns={[
          { key: 'name', title: t('retention.rules.className'), render: (_: unknown, c: Rules['classes'][number]) => `${i18n.language === 'en' && c.nameEn ? c.nameEn : c.nameZh}${c.archived ? t('retention.rules.archived') : ''}` },
          { key: 'years', title: t('retention.rules.classYears'), render: (_: unknown, c: Rules['classes'][number]) => (c.retentionYears === 0 ? t('retention.rules.forever') : t('retention.rules.years', { count: c.retentionYears })) },
        ]}
      />
    </div>
  );
}
