import { Alert, Button, Result, Segmented, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../contract';
import { pickText } from '../../../../contract/local-text';
import type { Locale } from '../../../../contract/print';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { answersOf, draftOf, issuesByQuestion, missingRequired, type Draft, type Drafts } from '../answerDrafts';
import { QuestionnaireFields } from '../QuestionnaireFields';
import { StaffSignIn } from './StaffSignIn';
import './kiosk.css';

type Form = Output<'feedback', 'kioskForm'>;

/** After the thanks, the kiosk starts again by itself for the next visitor. */
const THANKS_SECONDS = 8;
/** A questionnaire left half-answered (the visitor walked away) is cleared for the next one. */
const ABANDONED_SECONDS = 120;

/**
 * The feedback kiosk (DIGEST 03): the questionnaire alone, large, in Chinese
 * or English, answered by touch or keyboard (number keys for stars), then a
 * thank-you and a fresh form. No header, no navigation: main answers nothing
 * else while the desk is a kiosk; the small "staff" button signs a staff
 * member in, which is the only way out.
 */
export function KioskScreen() {
  const { i18n } = useTranslation();
  const [lang, setLang] = useState<Locale>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const t = useMemo(() => i18n.getFixedT(lang), [i18n, lang]);
  const [form, setForm] = useState<Form | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [name, setName] = useState('');
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [thanks, setThanks] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [staffOpen, setStaffOpen] = useState(false);
  const top = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    const result = await api.feedback.kioskForm({});
    if (!result.ok) return setLoadError(result.error);
    setLoadError(null);
    setForm(result.value);
    setActiveId(result.value.template.questions[0]?.id ?? null);
  }, []);
  useEffect(() => void load(), [load]);

  const reset = useCallback(() => {
    setDrafts({});
    setName('');
    setIssues({});
    setError(null);
    setThanks(false);
    setActiveId(form?.template.questions[0]?.id ?? null);
    top.current?.scrollIntoView();
  }, [form]);

  useEffect(() => {
    if (!thanks) return;
    const timer = setTimeout(reset, THANKS_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [thanks, reset]);

  // Any answer or name typed restarts the wait; nothing typed, nothing to clear.
  useEffect(() => {
    if (thanks || (Object.keys(drafts).length === 0 && name === '')) return;
    const timer = setTimeout(reset, ABANDONED_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [drafts, name, thanks, reset]);

  const change = useCallback((questionId: string, draft: Draft) => {
    setDrafts((d) => ({ ...d, [questionId]: draft }));
    setIssues((i) => {
      const { [questionId]: _gone, ...rest } = i;
      return rest;
    });
  }, []);

  // Number keys 1–5 rate the current star question, then move on to the next one.
  useEffect(() => {
    if (!form || thanks || staffOpen) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      const n = Number(e.key);
      if (!Number.isInteger(n) || n < 1 || n > 5) return;
      const ratings = form.template.questions.filter((q) => q.kind === 'rating');
      const current = ratings.find((q) => q.id === activeId) ?? ratings.find((q) => draftOf(drafts, q).rating === null) ?? ratings[0];
      if (!current) return;
      e.preventDefault();
      change(current.id, { ...draftOf(drafts, current), rating: n });
      const next = ratings[ratings.indexOf(current) + 1];
      if (next) setActiveId(next.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [form, thanks, staffOpen, activeId, drafts, change]);

  async function submit() {
    if (!form || busy) return;
    const missing = missingRequired(form.template, drafts);
    if (missing.length > 0) {
      setIssues(Object.fromEntries(missing.map((id) => [id, t('kiosk.answerThis')])));
      setError(t('kiosk.missing'));
      return;
    }
    const answers = answersOf(form.template, drafts);
    setBusy(true);
    try {
      const result = await api.feedback.kioskSubmit({ answers, respondentName: name.trim() });
      if (result.ok) {
        setThanks(true);
        return;
      }
      setIssues(issuesByQuestion(form.template, answers, result.error));
      setError(result.error.code === 'VALIDATION' ? t('kiosk.missing') : t('kiosk.failed'));
    } finally {
      setBusy(false);
    }
  }

  const languageSwitch = (
    <Segmented
      className="kiosk__lang"
      aria-label={t('kiosk.language')}
      value={lang}
      onChange={(v) => setLang(v as Locale)}
      options={[
        { value: 'zh-CN', label: <span data-testid="kiosk-lang-zh">中文</span> },
        { value: 'en', label: <span data-testid="kiosk-lang-en">English</span> },
      ]}
    />
  );

  return (
    <div className="kiosk" data-testid="kiosk-screen" lang={lang} ref={top}>
      <div className="kiosk__bar">
        {languageSwitch}
        <Button type="text" size="small" className="kiosk__staff" onClick={() => setStaffOpen(true)} data-testid="kiosk-staff">
          {t('kiosk.staff')}
        </Button>
      </div>
      {!form && !loadError && <Spin size="large" className="kiosk__loading" />}
      {loadError && <Alert type="error" showIcon title={errorText(loadError)} className="kiosk__card" />}
      {form && thanks && (
        <div className="kiosk__card kiosk__thanks" data-testid="kiosk-thanks">
          <Result status="success" title={t('kiosk.thanks')} subTitle={t('kiosk.thanksMore')} />
          <Button type="primary" size="large" onClick={reset} data-testid="kiosk-next">
            {t('kiosk.next')}
          </Button>
        </div>
      )}
      {form && !thanks && (
        <div className="kiosk__card">
          <h1 className="kiosk__title">{form.heading ? t('kiosk.heading', { name: form.heading }) : t('kiosk.welcome')}</h1>
          <p className="kiosk__intro">{t('kiosk.intro')}</p>
          <p className="kiosk__name">{pickText(form.template.name, lang)}</p>
          <p className="kiosk__hint">{t('kiosk.starsHint')}</p>
          <QuestionnaireFields
            template={form.template}
            locale={lang}
            t={t}
            drafts={drafts}
            onChange={change}
            issues={issues}
            large
            activeId={activeId}
            onFocusQuestion={setActiveId}
          />
          <label className="kiosk__respondent">
            <span>{t('kiosk.yourName')}</span>
            <input className="kiosk__input" value={name} onChange={(e) => setName(e.target.value)} data-testid="kiosk-name" />
          </label>
          {error && <Alert type="error" showIcon title={error} role="alert" data-testid="kiosk-error" />}
          <Button type="primary" size="large" block loading={busy} onClick={() => void submit()} className="kiosk__submit" data-testid="kiosk-submit">
            {t('kiosk.submit')}
          </Button>
        </div>
      )}
      <StaffSignIn open={staffOpen} onClose={() => setStaffOpen(false)} t={t} />
    </div>
  );
}
