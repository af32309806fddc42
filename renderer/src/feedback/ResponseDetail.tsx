import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FeedbackResponse, FeedbackTemplate } from '../../../contract/feedback';
import { pickText } from '../../../contract/local-text';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { pageHash } from '../lib/useHashRoute';
import { useTemplates } from './useTemplates';
import { alertReasonText, minuteText, scoreText } from './words';

function answerText(t: TFunction, locale: string, template: FeedbackTemplate | undefined, r: FeedbackResponse, questionId: string): string {
  const a = r.answers.find((x) => x.questionId === questionId);
  if (!a) return t('feedback.detail.noAnswer');
  if (a.rating !== null) return t('feedback.stars', { count: a.rating });
  const q = template?.questions.find((x) => x.id === questionId);
  if (a.choices.length > 0) return a.choices.map((c) => (q?.options[c] ? pickText(q.options[c], locale) : String(c + 1))).join('、');
  return a.text;
}

/** One response (#/feedback/<id>): who, how and when, every answer, and a red alert with a link to its complaint. */
export function ResponseDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { templates } = useTemplates(true);
  const [response, setResponse] = useState<FeedbackResponse | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    void (async () => {
      const result = await api.feedback.response({ id });
      if (result.ok) setResponse(result.value);
      else setError(result.error);
    })();
  }, [id]);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} href={pageHash('feedback')} data-testid="fb-detail-back">
      {t('feedback.detail.back')}
    </Button>
  );
  if (error) return (<>{back}<Alert type="error" showIcon title={errorText(error)} /></>);
  if (!response) return <Spin />;
  const r = response;
  const template = templates.find((x) => x.id === r.templateId);
  return (
    <div data-testid="fb-detail">
      {back}
      {r.redAlert && (
        <Alert
          type="error"
          showIcon
          className="fb-detail__alert"
          data-testid="fb-detail-alert"
          title={t('feedback.detail.alertTitle')}
          description={
            <>
              {r.alertReasons.map((x) => alertReasonText(t, x, r.lowestRating)).join('；')}
              {r.incidentId && (
                <>
                  {' '}
                  <a href={pageHash('incidents', r.incidentId)} data-testid="fb-detail-incident">
                    {t('feedback.openIncident', { code: r.incidentCode ?? '' })}
                  </a>
                </>
              )}
            </>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Card title={pickText(r.templateName, i18n.language)}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('feedback.detail.givenAt')}>{minuteText(r.givenAt)}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.detail.channel')}>{t(`feedback.channel.${r.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.detail.respondent')}>{r.personName ?? (r.respondentName || '—')}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.detail.client')}>{r.clientName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.detail.plan')}>{r.planTitle ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.detail.code')}>{r.requestCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.detail.score')}>{scoreText(r.score)}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.detail.enteredBy')}>{r.enteredByName}</Descriptions.Item>
        </Descriptions>
        <h4>{t('feedback.detail.answers')}</h4>
        <ol className="fb-answer-list" data-testid="fb-detail-answers">
          {(template?.questions ?? r.answers.map((a) => ({ id: a.questionId, text: { zh: '', en: '' } }))).map((q) => (
            <li key={q.id}>
              <div className="fb-muted">{pickText(q.text, i18n.language)}</div>
              <div>{answerText(t, i18n.language, template, r, q.id)}</div>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
