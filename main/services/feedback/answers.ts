import type { AnswerInput, FeedbackRules, Question } from '../../../contract/feedback';
import type { FieldIssue } from '../../../contract/result';
import { AppError } from '../../core/errors';

export interface Answer {
  questionId: string;
  rating: number | null;
  choices: number[];
  text: string;
}

/** What a set of answers amounts to: the stored answers, the score, and the red alert's reasons. */
export interface Scored {
  answers: Answer[];
  score: number | null;
  lowestRating: number | null;
  commentText: string;
  alertReasons: string[];
}

/**
 * Checks answers against their questionnaire (the contract checks only their
 * shape): each question known and answered once, in its own kind, a choice
 * inside its options (one only unless multiple), every required question
 * answered. Issues carry the path of the answer (or of the missing question),
 * so the form marks the right place.
 */
export function checkAnswers(questions: Question[], input: Required<AnswerInput>[]): Answer[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const answers: Answer[] = [];
  input.forEach((a, i) => {
    const at = (field: string) => `answers.${i}.${field}`;
    const q = byId.get(a.questionId);
    if (!q) return issues.push({ path: at('questionId'), message: 'feedback.unknownQuestion' });
    if (seen.has(q.id)) return issues.push({ path: at('questionId'), message: 'feedback.answeredTwice' });
    seen.add(q.id);
    const text = a.text.trim();
    // The field given that this kind of question does not take.
    const wrongField = q.kind !== 'rating' && a.rating !== null ? 'rating' : q.kind !== 'choice' && a.choices.length > 0 ? 'choices' : q.kind !== 'text' && text !== '' ? 'text' : null;
    if (wrongField) return issues.push({ path: at(wrongField), message: 'feedback.wrongKind' });
    if (q.kind === 'choice') {
      const bad = a.choices.findIndex((c) => c >= q.options.length);
      if (bad >= 0) return issues.push({ path: `${at('choices')}.${bad}`, message: 'outOfRange' });
      if (new Set(a.choices).size !== a.choices.length) return issues.push({ path: at('choices'), message: 'feedback.answeredTwice' });
      if (!q.multiple && a.choices.length > 1) return issues.push({ path: at('choices'), message: 'feedback.oneChoice' });
    }
    const empty = a.rating === null && a.choices.length === 0 && text === '';
    if (empty) {
      if (q.required) issues.push({ path: at(q.kind === 'rating' ? 'rating' : q.kind === 'choice' ? 'choices' : 'text'), message: 'required' });
      return;
    }
    answers.push({ questionId: q.id, rating: a.rating, choices: [...a.choices].sort((x, y) => x - y), text });
  });
  questions.forEach((q, qi) => {
    if (q.required && !seen.has(q.id)) issues.push({ path: `questions.${qi}`, message: 'feedback.unanswered' });
  });
  if (issues.length > 0) throw new AppError('VALIDATION', 'Some answers do not fit the questionnaire.', undefined, issues);
  return answers;
}

/**
 * The score is the average of the ratings; the red alert is the rule of the
 * workflow (DIGEST 03): any rating at or under the threshold, or a text with
 * one of the manager's warning words (case-insensitive).
 */
export function scoreAnswers(answers: Answer[], rules: FeedbackRules): Scored {
  const ratings = answers.map((a) => a.rating).filter((r): r is number => r !== null);
  const score = ratings.length > 0 ? Math.round((ratings.reduce((s, r) => s + r, 0) / ratings.length) * 100) / 100 : null;
  const lowestRating = ratings.length > 0 ? Math.min(...ratings) : null;
  const commentText = answers.map((a) => a.text).filter(Boolean).join('\n');
  const lower = commentText.toLowerCase();
  const alertReasons = [
    ...(lowestRating !== null && lowestRating <= rules.alertAtOrBelow ? ['score'] : []),
    ...rules.alertKeywords.filter((w) => lower.includes(w.toLowerCase())).map((w) => `keyword:${w}`),
  ];
  return { answers, score, lowestRating, commentText, alertReasons };
}
