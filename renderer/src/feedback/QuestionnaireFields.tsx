import { Checkbox, Input, Radio } from 'antd';
import type { TFunction } from 'i18next';
import { answerInput, type FeedbackTemplate, type Question } from '../../../contract/feedback';
import { lengthCount } from '../lib/fieldLimit';
import { pickText } from '../../../contract/local-text';
import { draftOf, type Draft, type Drafts } from './answerDrafts';
import { StarRating } from './StarRating';
import './feedback.css';

interface Props {
  template: FeedbackTemplate;
  /** The questionnaire's language (the kiosk's visitor may choose another than the desk's). */
  locale: string;
  t: TFunction;
  drafts: Drafts;
  onChange: (questionId: string, draft: Draft) => void;
  /** Why a question's answer was refused, by question id. */
  issues?: Record<string, string>;
  /** The kiosk: big touch targets, the current question marked for the number keys. */
  large?: boolean;
  activeId?: string | null;
  onFocusQuestion?: (questionId: string) => void;
}

/** Stars, choices and text boxes for one questionnaire, in one language; the same fields for staff entry and the kiosk. */
export function QuestionnaireFields({ template, locale, t, drafts, onChange, issues = {}, large = false, activeId = null, onFocusQuestion }: Props) {
  const field = (q: Question) => {
    const d = draftOf(drafts, q);
    const label = pickText(q.text, locale);
    switch (q.kind) {
      case 'rating':
        return <StarRating value={d.rating} onChange={(rating) => onChange(q.id, { ...d, rating })} label={label} testId={`q-${q.id}-stars`} large={large} />;
      case 'choice': {
        const options = q.options.map((o, i) => ({ value: i, label: pickText(o, locale) }));
        return q.multiple ? (
          <Checkbox.Group className="fb-choices" options={options} value={d.choices} onChange={(v) => onChange(q.id, { ...d, choices: (v as number[]).sort((a, b) => a - b) })} data-testid={`q-${q.id}-choices`} />
        ) : (
          <Radio.Group
            className="fb-choices"
            optionType={large ? 'button' : 'default'}
            size={large ? 'large' : 'middle'}
            options={options}
            value={d.choices[0]}
            onChange={(e) => onChange(q.id, { ...d, choices: [e.target.value as number] })}
            data-testid={`q-${q.id}-choices`}
          />
        );
      }
      case 'text':
        return (
          <Input.TextArea
            aria-label={label}
            rows={large ? 3 : 2}
            {...lengthCount(answerInput.shape.text)}
            value={d.text}
            onChange={(e) => onChange(q.id, { ...d, text: e.target.value })}
            data-testid={`q-${q.id}-text`}
          />
        );
    }
  };
  return (
    <ol className={`fb-questions${large ? ' fb-questions--large' : ''}`}>
      {template.questions.map((q) => (
        <li
          key={q.id}
          className={`fb-question${activeId === q.id ? ' fb-question--active' : ''}${issues[q.id] ? ' fb-question--error' : ''}`}
          onFocusCapture={() => onFocusQuestion?.(q.id)}
          onClick={() => onFocusQuestion?.(q.id)}
          data-testid="fb-question"
          data-kind={q.kind}
        >
          <div className="fb-question__text">
            {pickText(q.text, locale)}
            {q.required && <span className="fb-question__required">{t('kiosk.required')}</span>}
          </div>
          {field(q)}
          {issues[q.id] && (
            <div className="fb-question__issue" role="alert">
              {issues[q.id]}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
