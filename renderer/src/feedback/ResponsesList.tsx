import { AlertOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Input, Select, Switch, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackResponse } from '../../../contract/feedback';
import { pickText } from '../../../contract/local-text';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { pageHash } from '../lib/useHashRoute';
import { useTemplates } from './useTemplates';
import { minuteText, scoreText, whoOf } from './words';

const DAY = 'YYYY-MM-DD';

/** 回收: responses newest first, filtered by period, questionnaire, red alert and words; a row opens the response. */
export function ResponsesList() {
  const { t, i18n } = useTranslation();
  const { templates } = useTemplates(true);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(30, 'day'), dayjs()]);
  const [redOnly, setRedOnly] = useState(false);
  const [query, setQuery] = useState('');
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [items, setItems] = useState<FeedbackResponse[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(
    async (cursor?: string) => {
      setLoading(true);
      const result = await api.feedback.responses({
        from: range[0].format(DAY),
        to: range[1].format(DAY),
        redAlertOnly: redOnly,
        ...(query.trim() && { query: query.trim() }),
        ...(templateId && { templateId }),
        ...(cursor && { cursor }),
      });
      setLoading(false);
      if (!result.ok) return setError(result.error);
      setError(null);
      setItems((old) => (cursor ? [...old, ...result.value.items] : result.value.items));
      setNext(result.value.nextCursor);
    },
    [range, redOnly, query, templateId],
  );
  useEffect(() => void load(), [load]);

  return (
    <div data-testid="fb-responses">
      <div className="fb-toolbar">
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          aria-label={t('feedback.summary.range')}
        />
        <Select
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('feedback.responses.allTemplates')}
          value={templateId}
          onChange={setTemplateId}
          options={templates.map((x) => ({ value: x.id, label: pickText(x.name, i18n.language) }))}
        />
        <Input.Search allowClear placeholder={t('feedback.responses.query')} style={{ width: 280 }} onSearch={setQuery} data-testid="fb-responses-query" />
        <label>
          <Switch size="small" checked={redOnly} onChange={setRedOnly} data-testid="fb-responses-red" /> {t('feedback.responses.redOnly')}
        </label>
      </div>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Table<FeedbackResponse>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('feedback.responses.empty') }}
        onRow={(r) => ({ onClick: () => (window.location.hash = pageHash('feedback', r.id)), style: { cursor: 'pointer' }, 'data-testid': 'fb-response-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'givenAt', title: t('feedback.responses.columns.givenAt'), render: (_, r) => minuteText(r.givenAt), width: 150 },
          { key: 'template', title: t('feedback.responses.columns.template'), render: (_, r) => pickText(r.templateName, i18n.language) },
          { key: 'who', title: t('feedback.responses.columns.who'), render: (_, r) => whoOf(r) },
          { key: 'channel', title: t('feedback.responses.columns.channel'), render: (_, r) => t(`feedback.channel.${r.channel}`), width: 100 },
          { key: 'score', title: t('feedback.responses.columns.score'), render: (_, r) => scoreText(r.score), width: 80 },
          {
            key: 'alert',
            title: t('feedback.responses.columns.alert'),
            width: 120,
            render: (_, r) =>
              r.redAlert ? (
                <Tag color="red" icon={<AlertOutlined />} className="fb-alert-tag" data-testid="fb-red-alert">
                  {t('feedback.redAlert')}
                </Tag>
              ) : null,
          },
        ]}
      />
      {next && (
        <Button block onClick={() => void load(next)} style={{ marginTop: 8 }}>
          {t('feedback.responses.more')}
        </Button>
      )}
    </div>
  );
}
