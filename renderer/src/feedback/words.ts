import type { TFunction } from 'i18next';
import type { FeedbackRequest, FeedbackResponse } from '../../../contract/feedback';

/** Who gave a response, as a list shows it: the person, else the name given, else the client. */
export function whoOf(r: FeedbackResponse): string {
  return [r.personName ?? (r.respondentName || null), r.clientName].filter(Boolean).join(' · ') || '—';
}

/** What a request is about: the plan's title or the visitor, and the client. */
export function aboutOf(r: FeedbackRequest): string {
  return [r.planTitle ?? r.personName, r.clientName].filter(Boolean).join(' · ') || r.code;
}

/** `score` and `keyword:<word>` as a sentence's parts. */
export function alertReasonText(t: TFunction, reason: string, lowestRating: number | null): string {
  return reason === 'score' ? t('feedback.reasonScore', { rating: lowestRating ?? '' }) : t('feedback.reasonKeyword', { word: reason.slice('keyword:'.length) });
}

export function scoreText(score: number | null): string {
  return score === null ? '—' : score.toFixed(1);
}

export const minuteText = (m: string) => m.replace('T', ' ');
