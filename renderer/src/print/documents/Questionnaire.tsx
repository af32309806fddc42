import type { QuestionnaireJob } from '../../../../contract/print';
import { pickText } from '../../../../contract/local-text';
import type { Question, RATING_MAX } from '../../../../contract/feedback';
import { Masthead } from './Masthead';
import type { Words } from './words';
import './questionnaire.css';

/** The contract's 1–5 stars, checked by type: the print page loads no contract schemas (zod) at run time. */
const STARS: typeof RATING_MAX = 5;

function QuestionBlock({ q, n, w }: { q: Question; n: number; w: Words }) {
  const text = (x: { zh: string; en: string }) => pickText(x, w.locale);
  return (
    <li className="doc-q">
      <div className="doc-q__text">
        <span className="doc-q__n">{n}.</span> {text(q.text)}
        {q.required && <span className="doc-q__req"> · {w.t('feedbackPrint.required')}</span>}
        {q.kind === 'choice' && q.multiple && <span className="doc-q__req"> · {w.t('feedbackPrint.multipleHint')}</span>}
      </div>
      {q.kind === 'rating' && (
        <div className="doc-q__stars">
          {Array.from({ length: STARS }, (_, i) => (
            <span className="doc-q__star" key={i}>
              <span className="doc-box" />
              {'★'.repeat(i + 1)}
            </span>
          ))}
        </div>
      )}
      {q.kind === 'choice' && (
        <div className="doc-q__choices">
          {q.options.map((o, i) => (
            <span className="doc-q__choice" key={i}>
              <span className="doc-box" />
              {text(o)}
            </span>
          ))}
        </div>
      )}
      {q.kind === 'text' && (
        <div className="doc-q__lines">
          <div className="doc-q__line" />
          <div className="doc-q__line" />
          <div className="doc-q__line" />
        </div>
      )}
    </li>
  );
}

/**
 * A paper questionnaire (DIGEST 03) on A4: boxes to tick for the stars and
 * the choices, lines for comments, and the request's code printed large with
 * its QR code, so staff scan or type it when entering the answers and the
 * response lands on the right visit. One page per copy.
 */
export function Questionnaire({ job, w, qr }: { job: QuestionnaireJob; w: Words; qr: Record<string, string> }) {
  const title = pickText(job.template.name, w.locale);
  const about = job.visit ? [job.visit.title, job.visit.clientName, job.visit.day].filter(Boolean).join(' · ') : null;
  const page = (copy: number) => (
    <article className="doc doc-questionnaire" data-testid="doc-questionnaire" key={copy}>
      <div className="doc-questionnaire__top">
        <Masthead hostName={job.hostName} hostLogo={job.hostLogo} kicker={w.t('feedbackPrint.header')} title={title} subtitle={about ? w.t('feedbackPrint.about', { about }) : undefined} />
        {job.code && (
          <div className="doc-questionnaire__code" data-testid="doc-questionnaire-code">
            {qr[job.code] && <img className="doc-questionnaire__qr" src={qr[job.code]} alt="" />}
            <div>
              <div className="doc-questionnaire__code-label">{w.t('feedbackPrint.code')}</div>
              <div className="doc-questionnaire__code-value">{job.code}</div>
              <div className="doc-questionnaire__code-hint">{w.t('feedbackPrint.codeHint')}</div>
            </div>
          </div>
        )}
      </div>
      <p className="doc-questionnaire__intro">{w.t('feedbackPrint.intro')}</p>
      <p className="doc-questionnaire__hint">
        {w.t('feedbackPrint.starsHint')} {job.template.questions.some((q) => q.kind === 'choice') && w.t('feedbackPrint.choiceHint')}
      </p>
      <ol className="doc-questionnaire__questions">
        {job.template.questions.map((q, i) => (
          <QuestionBlock q={q} n={i + 1} w={w} key={q.id} />
        ))}
      </ol>
      <div className="doc-sign">
        <div className="doc-sign__line">{w.t('feedbackPrint.name')}</div>
        <div className="doc-sign__line doc-sign__line--short">{w.t('feedbackPrint.date')}</div>
      </div>
      <p className="doc-questionnaire__thanks">{w.t('feedbackPrint.thanks')}</p>
    </article>
  );
  return <>{Array.from({ length: Math.max(1, job.copies) }, (_, i) => page(i))}</>;
}
