import type { AnswerInput, FeedbackTemplate, Question } from '../../../contract/feedback';
import type { ApiError } from '../../../contract/result';
import { issueText } from '../lib/errors';

/** One question's answer as a form holds it. */
export interface Draft {
  rating: number | null;
  choices: number[];
  text: string;
}
export type Drafts = Record<string, Draft>;

export const EMPTY_DRAFT: Draft = { rating: null, choices: [], text: '' };

export function draftOf(drafts: Drafts, q: Question): Draft {
  return drafts[q.id] ?? EMPTY_DRAFT;
}

export function isAnswered(d: Draft): boolean {
  return d.rating !== null || d.choices.length > 0 || d.text.trim() !== '';
}

/** The answers to send: answered questions only, in the questionnaire's order (main checks the rest). */
export function answersOf(template: FeedbackTemplate, drafts: Drafts): AnswerInput[] {
  return template.questions
    .map((q) => ({ q, d: draftOf(drafts, q) }))
    .filter(({ d }) => isAnswered(d))
    .map(({ q, d }) => ({ questionId: q.id, rating: d.rating, choices: d.choices, text: d.text.trim() }));
}

/** Required questions not answered yet (checked here to mark them at once; main checks the same). */
export function missingRequired(template: FeedbackTemplate, drafts: Drafts): string[] {
  return template.questions.filter((q) => q.required && !isAnswered(draftOf(drafts, q))).map((q) => q.id);
}

/**
 * Main's issues by question: `answers.N.*` names the N-th answer sent,
 * `questions.N` the N-th question of the questionnaire (a required one left out).
 */
export function issuesByQuestion(template: FeedbackTemplate, sent: AnswerInput[], error: ApiError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const [head, index] = issue.path.split('.');
    const n = Number(index);
    const id = head === 'answers' ? sent[n]?.questionId : head === 'questions' ? template.questions[n]?.id : undefined;
    if (id && !out[id]) out[id] = issueText(issue.message);
  }
  return out;
}
