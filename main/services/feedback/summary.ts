import { sql } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import { RATING_MAX, type FeedbackSummary } from '../../../contract/feedback';
import type { ServiceContext } from '../../core/context';
import type { Answer } from './answers';
import { templateOf, templateRow } from './templates';

interface Row {
  id: string;
  template_id: string;
  template_name: string;
  client_id: string | null;
  client_name: string | null;
  channel: string;
  given_at: string;
  score: number | null;
  red_alert: number;
  comment_text: string;
  answers: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const average = (values: number[]) => (values.length > 0 ? round2(values.reduce((s, v) => s + v, 0) / values.length) : null);

/** The Monday of a day's week (weeks start on Monday in China), as `YYYY-MM-DD`. */
function mondayOf(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function periodOf(row: Row, groupBy: Parsed<'feedback', 'summary'>['groupBy']): { key: string; label: string } {
  const day = row.given_at.slice(0, 10);
  switch (groupBy) {
    case 'day':
      return { key: day, label: day };
    case 'week':
      return { key: mondayOf(day), label: mondayOf(day) };
    case 'month':
      return { key: day.slice(0, 7), label: day.slice(0, 7) };
    case 'template':
      return { key: row.template_id, label: (JSON.parse(row.template_name) as { zh: string }).zh };
    case 'client':
      return { key: row.client_id ?? '', label: row.client_name ?? '' };
  }
}

/**
 * A period's feedback: how many, the average score, the 1–5 distribution of
 * every rating given, the channels, the red alerts, per period or group, the
 * latest comments, and per question of one questionnaire. Read down
 * feedback_responses_given (or _template with a questionnaire).
 */
export function summarize(ctx: ServiceContext, input: Parsed<'feedback', 'summary'>): FeedbackSummary {
  const template = input.templateId ? templateOf(templateRow(ctx.db, input.templateId)) : null;
  const rows = ctx.db.all<Row>(sql`
    SELECT f.id, f.template_id, t.name AS template_name, f.client_id, c.name AS client_name, f.channel, f.given_at, f.score, f.red_alert,
           f.comment_text, f.answers
    FROM feedback_responses f JOIN feedback_templates t ON t.id = f.template_id LEFT JOIN clients c ON c.id = f.client_id
    WHERE f.given_at >= ${input.from} AND f.given_at < ${`${input.to}U`} AND f.deleted_at IS NULL
      ${template ? sql`AND f.template_id = ${template.id}` : sql``}
    ORDER BY f.given_at DESC, f.id DESC`);
  const distribution: number[] = Array.from({ length: RATING_MAX }, () => 0);
  const byChannel: Record<string, number> = {};
  const periods = new Map<string, { key: string; label: string; scores: number[]; responses: number; redAlerts: number }>();
  const perQuestion = new Map((template?.questions ?? []).map((q) => [q.id, { ratings: [] as number[], choiceCounts: q.options.map(() => 0), answered: 0 }]));
  for (const row of rows) {
    const answers = JSON.parse(row.answers) as Answer[];
    for (const a of answers) {
      if (a.rating !== null) distribution[a.rating - 1]! += 1;
      const q = perQuestion.get(a.questionId);
      if (!q) continue;
      q.answered += 1;
      if (a.rating !== null) q.ratings.push(a.rating);
      for (const c of a.choices) if (c < q.choiceCounts.length) q.choiceCounts[c]! += 1;
    }
    byChannel[row.channel] = (byChannel[row.channel] ?? 0) + 1;
    const { key, label } = periodOf(row, input.groupBy);
    const period = periods.get(key) ?? { key, label, scores: [], responses: 0, redAlerts: 0 };
    period.responses += 1;
    if (row.score !== null) period.scores.push(row.score);
    if (row.red_alert) period.redAlerts += 1;
    periods.set(key, period);
  }
  const dated = input.groupBy === 'day' || input.groupBy === 'week' || input.groupBy === 'month';
  return {
    responses: rows.length,
    average: average(rows.map((r) => r.score).filter((s): s is number => s !== null)),
    distribution,
    redAlerts: rows.filter((r) => r.red_alert).length,
    byChannel,
    periods: [...periods.values()]
      .sort((a, b) => (dated ? a.key.localeCompare(b.key) : b.responses - a.responses || a.label.localeCompare(b.label)))
      .map((p) => ({ key: p.key, label: p.label, responses: p.responses, average: average(p.scores), redAlerts: p.redAlerts })),
    comments: rows
      .filter((r) => r.comment_text !== '')
      .slice(0, 50)
      .map((r) => ({ responseId: r.id, givenAt: r.given_at, text: r.comment_text, score: r.score, redAlert: r.red_alert === 1 })),
    questions: (template?.questions ?? []).map((q) => {
      const s = perQuestion.get(q.id)!;
      return { questionId: q.id, average: average(s.ratings), choiceCounts: s.choiceCounts, answered: s.answered };
    }),
  };
}
