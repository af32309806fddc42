import { Alert, App, Button, DatePicker, Form, Input, Radio, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedback, STAFF_CHANNELS, type FeedbackRequest } from '../../../contract/feedback';
import { lengthCount, maxLengthOf } from '../lib/fieldLimit';
import { pickText } from '../../../contract/local-text';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { pageHash } from '../lib/useHashRoute';
import { answersOf, issuesByQuestion, missingRequired, type Draft, type Drafts } from './answerDrafts';
import { QuestionnaireFields } from './QuestionnaireFields';
import { useTemplates } from './useTemplates';
import { aboutOf } from './words';

type Channel = (typeof STAFF_CHANNELS)[number];

/**
 * 录入: a paper questionnaire's code typed or scanned links the response to
 * its visit; without one, an open request or a plan is chosen. The channel
 * (paper, phone, e-mail, interview) and when it was given are noted.
 */
export function EntryForm({ initialCode }: { initialCode: string | null }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const { can } = useDesk();
  const { templates } = useTemplates();
  const [code, setCode] = useState(initialCode ?? '');
  const [request, setRequest] = useState<FeedbackRequest | null>(null);
  const [codeError, setCodeError] = useState<ApiError | null>(null);
  const [openRequests, setOpenRequests] = useState<FeedbackRequest[]>([]);
  const [plans, setPlans] = useState<{ value: string; label: string }[]>([]);
  const [planId, setPlanId] = useState<string | null>(null);
  const [visits, setVisits] = useState<{ value: string; label: string }[]>([]);
  const [visitId, setVisitId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [channel, setChannel] = useState<Channel>('paper');
  const [respondent, setRespondent] = useState('');
  const [givenAt, setGivenAt] = useState<Dayjs>(() => dayjs());
  const [drafts, setDrafts] = useState<Drafts>({});
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const template = useMemo(() => templates.find((x) => x.id === templateId) ?? null, [templates, templateId]);
  useEffect(() => {
    if (!templateId && templates[0]) setTemplateId(templates[0].id);
  }, [templates, templateId]);

  useEffect(() => {
    void (async () => {
      const result = await api.feedback.requests({ status: 'open', limit: 200 });
      if (result.ok) setOpenRequests(result.value);
    })();
  }, []);

  const link = (r: FeedbackRequest | null) => {
    setRequest(r);
    setCodeError(null);
    if (r?.templateId) setTemplateId(r.templateId);
    if (r) {
      setPlanId(null);
      setVisitId(null);
    }
  };

  async function lookUp(value: string) {
    const typed = value.trim();
    if (!typed) return;
    const result = await api.feedback.requestByCode({ code: typed });
    if (!result.ok) return setCodeError(result.error);
    link(result.value);
  }
  // The code the screen was opened with (from the requests list): looked up once.
  useEffect(() => {
    if (initialCode) void lookUp(initialCode);
  }, [initialCode]);

  async function searchPlans(query: string) {
    if (!can('plans.view')) return;
    const result = await api.plans.list({ ...(query.trim() && { query: query.trim() }), order: 'desc', limit: 20 });
    if (result.ok) setPlans(result.value.items.map((p) => ({ value: p.id, label: [p.title, p.clientName, p.arrivalAt?.slice(0, 10)].filter(Boolean).join(' · ') })));
  }
  useEffect(() => void searchPlans(''), []);

  // Today's visitors (a walk-in asked at the desk, by phone later the same day).
  async function searchVisits(query: string) {
    if (!can('desk.view')) return;
    const result = await api.visits.list({ scope: 'today', query: query.trim(), limit: 50 });
    if (result.ok) setVisits(result.value.rows.map((v) => ({ value: v.id, label: [v.name, v.company, v.checkInAt?.slice(11, 16)].filter(Boolean).join(' · ') })));
  }
  useEffect(() => void searchVisits(''), []);

  const reset = () => {
    setCode('');
    link(null);
    setPlanId(null);
    setVisitId(null);
    setRespondent('');
    setGivenAt(dayjs());
    setDrafts({});
    setIssues({});
    setError(null);
  };

  async function submit() {
    if (!template || busy) return;
    const missing = missingRequired(template, drafts);
    if (missing.length > 0) return setIssues(Object.fromEntries(missing.map((id) => [id, t('errors.feedback.unanswered')])));
    const answers = answersOf(template, drafts);
    setBusy(true);
    try {
      const result = await api.feedback.submit({
        templateId: template.id,
        channel,
        requestId: request?.id ?? null,
        planId: request ? null : planId,
        visitId: request ? null : visitId,
        respondentName: respondent.trim(),
        givenAt: givenAt.format('YYYY-MM-DDTHH:mm'),
        answers,
      });
      if (!result.ok) {
        setIssues(issuesByQuestion(template, answers, result.error));
        return setError(result.error);
      }
      const r = result.value;
      if (r.redAlert) {
        modal.warning({
          title: t('feedback.redAlert'),
          content: t('feedback.entry.savedAlert', { code: r.incidentCode ?? '' }),
          okText: t('feedback.openIncident', { code: r.incidentCode ?? '' }),
          onOk: () => {
            if (r.incidentId) window.location.hash = pageHash('incidents', r.incidentId);
          },
        });
      } else message.success(t('feedback.entry.saved'));
      reset();
      setOpenRequests((list) => list.filter((x) => x.id !== request?.id));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="fb-entry" data-testid="fb-entry">
      <Form layout="vertical">
        <Form.Item label={t('feedback.entry.code')}>
          {request ? (
            <Space>
              <Tag color="blue" data-testid="fb-entry-linked">
                {request.code} · {t('feedback.entry.linked', { about: aboutOf(request) })}
              </Tag>
              <Button size="small" onClick={() => link(null)}>
                {t('feedback.entry.unlink')}
              </Button>
            </Space>
          ) : (
            <Input.Search
              value={code}
              onChange={(e) => setCode(e.target.value.toUpperCase())}
              placeholder={t('feedback.entry.codePlaceholder')}
              enterButton={t('feedback.entry.lookUp')}
              // Hard cap: a look-up saves nothing, and main takes no longer code (feedback.requestByCode), so a cut loses no data.
              maxLength={maxLengthOf(feedback.requestByCode.input.shape.code)}
              onSearch={(v) => void lookUp(v)}
              style={{ maxWidth: 420 }}
              data-testid="fb-entry-code"
            />
          )}
          {codeError && <Alert type="error" showIcon title={errorText(codeError)} style={{ marginTop: 8 }} data-testid="fb-entry-code-error" />}
        </Form.Item>
        {!request && (
          <Space wrap style={{ marginBottom: 12 }} align="start">
            <Form.Item label={t('feedback.entry.request')} style={{ minWidth: 300 }}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('feedback.entry.orChoose')}
                onChange={(id?: string) => link(openRequests.find((x) => x.id === id) ?? null)}
                options={openRequests.map((r) => ({ value: r.id, label: `${r.code} · ${aboutOf(r)}` }))}
                data-testid="fb-entry-request"
              />
            </Form.Item>
            {can('plans.view') && (
              <Form.Item label={t('feedback.entry.plan')} style={{ minWidth: 300 }}>
                <Select
                  allowClear
                  showSearch={{ filterOption: false, onSearch: (q) => void searchPlans(q) }}
                  placeholder={t('feedback.entry.planSearch')}
                  value={planId ?? undefined}
                  onChange={(id?: string) => setPlanId(id ?? null)}
                  options={plans}
                  data-testid="fb-entry-plan"
                />
              </Form.Item>
            )}
            {can('desk.view') && (
              <Form.Item label={t('feedback.entry.visit')} style={{ minWidth: 260 }}>
                <Select
                  allowClear
                  showSearch={{ filterOption: false, onSearch: (q) => void searchVisits(q) }}
                  placeholder={t('feedback.entry.visitSearch')}
                  value={visitId ?? undefined}
                  onChange={(id?: string) => setVisitId(id ?? null)}
                  options={visits}
                  data-testid="fb-entry-visit"
                />
              </Form.Item>
            )}
          </Space>
        )}
        <Space wrap align="start">
          <Form.Item label={t('feedback.entry.template')} style={{ minWidth: 240 }}>
            <Select
              value={templateId ?? undefined}
              onChange={(id: string) => {
                setTemplateId(id);
                setDrafts({});
                setIssues({});
              }}
              options={templates.map((x) => ({ value: x.id, label: pickText(x.name, i18n.language) }))}
              data-testid="fb-entry-template"
            />
          </Form.Item>
          <Form.Item label={t('feedback.entry.channel')}>
            <Radio.Group
              optionType="button"
              value={channel}
              onChange={(e) => setChannel(e.target.value as Channel)}
              options={STAFF_CHANNELS.map((c) => ({ value: c, label: <span data-testid={`fb-entry-channel-${c}`}>{t(`feedback.channel.${c}`)}</span> }))}
            />
          </Form.Item>
          <Form.Item label={t('feedback.entry.givenAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} value={givenAt} onChange={(v) => v && setGivenAt(v)} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item label={t('feedback.entry.respondent')}>
            <Input value={respondent} {...lengthCount(feedback.submit.input.shape.respondentName)} onChange={(e) => setRespondent(e.target.value)} data-testid="fb-entry-respondent" />
          </Form.Item>
        </Space>
      </Form>
      {template ? (
        <QuestionnaireFields template={template} locale={i18n.language} t={t} drafts={drafts} onChange={(id, d: Draft) => setDrafts((x) => ({ ...x, [id]: d }))} issues={issues} />
      ) : (
        <Alert type="info" title={t('feedback.entry.noTemplate')} />
      )}
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginTop: 12 }} role="alert" />}
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" loading={busy} onClick={() => void submit()} disabled={!template} data-testid="fb-entry-submit">
          {t('feedback.entry.submit')}
        </Button>
        <Button onClick={reset}>{t('feedback.entry.reset')}</Button>
      </Space>
    </div>
  );
}
