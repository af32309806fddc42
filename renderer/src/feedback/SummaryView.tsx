import { Alert, Card, DatePicker, Empty, Segmented, Select, Statistic, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATING_MAX, summaryGroups, type FeedbackSummary } from '../../../contract/feedback';
import { pickText } from '../../../contract/local-text';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { pageHash } from '../lib/useHashRoute';
import { useTemplates } from './useTemplates';
import { minuteText, scoreText } from './words';

type Group = (typeof summaryGroups)[number];

function Bars({ counts, labels, lowUpTo = 0 }: { counts: number[]; labels: string[]; lowUpTo?: number }) {
  const most = Math.max(1, ...counts);
  return (
    <div className="fb-bars">
      {counts.map((n, i) => (
        <div className="fb-bar" key={labels[i]} data-testid="fb-bar">
          <span>{labels[i]}</span>
          <div className="fb-bar__track">
            <div className={`fb-bar__fill${i < lowUpTo ? ' fb-bar__fill--low' : ''}`} style={{ width: `${(n / most) * 100}%` }} />
          </div>
          <span>{n}</span>
        </div>
      ))}
    </div>
  );
}

/** 统计: a period's responses, average, 1–5 distribution, red alerts, per period or group, comments, and per question of one questionnaire. */
export function SummaryView() {
  const { t, i18n } = useTranslation();
  const { templates } = useTemplates(true);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const [groupBy, setGroupBy] = useState<Group>('day');
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [summary, setSummary] = useState<FeedbackSummary | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    void (async () => {
      const result = await api.feedback.summary({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), groupBy, ...(templateId && { templateId }) });
      if (!result.ok) return setError(result.error);
      setError(null);
      setSummary(result.value);
    })();
  }, [range, groupBy, templateId]);

  const template = templates.find((x) => x.id === templateId);
  const periodLabel = (key: string, label: string) => {
    if (groupBy === 'template') {
      const x = templates.find((y) => y.id === key);
      return x ? pickText(x.name, i18n.language) : label;
    }
    if (groupBy === 'client') return label || t('feedback.summary.noClient');
    return label;
  };
  const stars = Array.from({ length: RATING_MAX }, (_, i) => t('feedback.stars', { count: i + 1 }));
  return (
    <div data-testid="fb-summary">
      <div className="fb-toolbar">
        <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} aria-label={t('feedback.summary.range')} />
        <Segmented value={groupBy} onChange={(v) => setGroupBy(v as Group)} options={summaryGroups.map((g) => ({ value: g, label: t(`feedback.summary.group.${g}`) }))} />
        <Select
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t('feedback.summary.template')}
          value={templateId}
          onChange={setTemplateId}
          options={templates.map((x) => ({ value: x.id, label: pickText(x.name, i18n.language) }))}
        />
      </div>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {summary && (
        <div className="fb-grid">
          <Card>
            <div className="fb-toolbar">
              <Statistic title={t('feedback.summary.responses')} value={summary.responses} />
              <Statistic title={t('feedback.summary.average')} value={scoreText(summary.average)} />
              <Statistic title={t('feedback.summary.redAlerts')} value={summary.redAlerts} valueStyle={summary.redAlerts > 0 ? { color: 'var(--desk-error-text)' } : undefined} />
            </div>
            <div data-testid="fb-summary-counts" data-responses={summary.responses} data-average={summary.average ?? ''} data-red={summary.redAlerts} />
          </Card>
          <Card title={t('feedback.summary.distribution')}>
            <Bars counts={summary.distribution} labels={stars} lowUpTo={2} />
          </Card>
          <Card title={t('feedback.summary.periods')}>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={summary.periods}
              columns={[
                { key: 'period', title: t('feedback.summary.columns.period'), render: (_, p) => periodLabel(p.key, p.label) },
                { key: 'responses', title: t('feedback.summary.columns.responses'), dataIndex: 'responses', width: 70 },
                { key: 'average', title: t('feedback.summary.columns.average'), render: (_, p) => scoreText(p.average), width: 70 },
                { key: 'red', title: t('feedback.summary.columns.redAlerts'), render: (_, p) => (p.redAlerts > 0 ? <Tag color="red">{p.redAlerts}</Tag> : 0), width: 70 },
              ]}
            />
          </Card>
          <Card title={t('feedback.summary.comments')}>
            {summary.comments.length === 0 ? (
              <Empty description={t('feedback.summary.noComments')} />
            ) : (
              <div className="fb-comments">
                {summary.comments.map((c) => (
                  <a key={c.responseId} href={pageHash('feedback', c.responseId)} className={`fb-comment${c.redAlert ? ' fb-comment--red' : ''}`}>
                    <div className="fb-comment__meta">
                      {minuteText(c.givenAt)} · {scoreText(c.score)} {c.redAlert && <Tag color="red">{t('feedback.redAlert')}</Tag>}
                    </div>
                    {c.text}
                  </a>
                ))}
              </div>
            )}
          </Card>
          {template && summary.questions.length > 0 && (
            <Card title={t('feedback.summary.perQuestion')} style={{ gridColumn: '1 / -1' }}>
              {summary.questions.map((s) => {
                const q = template.questions.find((x) => x.id === s.questionId);
                if (!q) return null;
                return (
                  <div key={s.questionId} style={{ marginBottom: 12 }}>
                    <strong>{pickText(q.text, i18n.language)}</strong> <span className="fb-muted">{t('feedback.summary.answered', { count: s.answered })}</span>
                    {q.kind === 'rating' && <div>{scoreText(s.average)}</div>}
                    {q.kind === 'choice' && <Bars counts={s.choiceCounts} labels={q.options.map((o) => pickText(o, i18n.language))} />}
                  </div>
                );
              })}
            </Card>
          )}
        </div>
      )}
    </div>
  );
}
