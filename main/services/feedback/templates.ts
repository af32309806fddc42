import { and, asc, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { FeedbackScenario, FeedbackTemplate, Question } from '../../../contract/feedback';
import { feedbackTemplates } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';
import { BUILT_IN_QUESTIONNAIRES } from './built-ins';

export type TemplateRow = typeof feedbackTemplates.$inferSelect;

export function templateOf(row: TemplateRow): FeedbackTemplate {
  return {
    id: row.id,
    name: JSON.parse(row.name) as FeedbackTemplate['name'],
    scenario: row.scenario,
    active: row.active,
    builtIn: row.builtInKey !== '',
    questions: JSON.parse(row.questions) as Question[],
    updatedAt: row.updatedAt,
  };
}

function missingBuiltIns(db: ReadDb) {
  const have = new Set(db.select({ key: feedbackTemplates.builtInKey }).from(feedbackTemplates).all().map((r) => r.key));
  return BUILT_IN_QUESTIONNAIRES.filter((b) => !have.has(b.key));
}

/**
 * Seeds the shipped questionnaires that are missing, inside the caller's
 * write. Idempotent by built_in_key: a manager's edits stay, and one they
 * switched off is not brought back.
 */
export function seedBuiltIns(tx: WriteTx): number {
  const missing = missingBuiltIns(tx);
  for (const b of missing) {
    tx.insert(feedbackTemplates)
      .values({
        id: uuidv7(),
        ...insertStamps(tx),
        builtInKey: b.key,
        name: JSON.stringify(b.name),
        scenario: b.scenario,
        active: true,
        questions: JSON.stringify(b.questions.map((q) => ({ id: uuidv7(), ...q }))),
      })
      .run();
  }
  return missing.length;
}

/** Seeds at first read, recorded as the app's own act (nothing is written when all are there). */
export function ensureBuiltIns(ctx: ServiceContext): void {
  if (missingBuiltIns(ctx.db).length === 0) return;
  ctx.writeAs('system', seedBuiltIns, (n) => ({ action: 'feedback.template.seed', entity: 'feedbackTemplate', entityId: null, detail: { count: n } }));
}

export function listTemplates(ctx: ServiceContext, input: Parsed<'feedback', 'templates'>): FeedbackTemplate[] {
  ensureBuiltIns(ctx);
  const where = and(isNull(feedbackTemplates.deletedAt), input.includeInactive ? undefined : eq(feedbackTemplates.active, true));
  return ctx.db.select().from(feedbackTemplates).where(where).orderBy(asc(feedbackTemplates.createdAt), asc(feedbackTemplates.id)).all().map(templateOf);
}

export function templateRow(db: ReadDb, id: string): TemplateRow {
  const row = db.select().from(feedbackTemplates).where(eq(feedbackTemplates.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such questionnaire.', { reason: 'templateNotFound' });
  return row;
}

/** The questionnaire a request starts with: the active one of the scenario (the built-in first), else any active one. */
export function defaultTemplateId(tx: WriteTx, scenario: FeedbackScenario = 'reception'): string | null {
  seedBuiltIns(tx);
  const active = tx
    .select({ id: feedbackTemplates.id, scenario: feedbackTemplates.scenario, key: feedbackTemplates.builtInKey })
    .from(feedbackTemplates)
    .where(and(isNull(feedbackTemplates.deletedAt), eq(feedbackTemplates.active, true)))
    .orderBy(asc(feedbackTemplates.createdAt), asc(feedbackTemplates.id))
    .all();
  const same = active.filter((r) => r.scenario === scenario);
  return (same.find((r) => r.key === scenario) ?? same[0] ?? active[0])?.id ?? null;
}

/** Questions keep their ids (answers point at them); a new one gets one. An id twice is refused. */
function withIds(questions: Parsed<'feedback', 'saveTemplate'>['questions']): Question[] {
  const seen = new Set<string>();
  return questions.map((q, i) => {
    if (q.id && seen.has(q.id)) throw new AppError('VALIDATION', 'A question id appears twice.', undefined, [{ path: `questions.${i}.id`, message: 'feedback.duplicateId' }]);
    const id = q.id ?? uuidv7();
    seen.add(id);
    // Options mean nothing on a rating or text question: not kept, so the form and the print show none.
    const choice = q.kind === 'choice';
    return { id, kind: q.kind, text: q.text, required: q.required, options: choice ? q.options : [], multiple: choice && q.multiple };
  });
}

export function saveTemplate(ctx: ServiceContext, input: Parsed<'feedback', 'saveTemplate'>): FeedbackTemplate {
  const before = input.id ? templateRow(ctx.db, input.id) : null;
  const values = { name: JSON.stringify(input.name), scenario: input.scenario, active: input.active, questions: JSON.stringify(withIds(input.questions)) };
  return ctx.write(
    (tx) => {
      const id = before?.id ?? uuidv7();
      if (before) tx.update(feedbackTemplates).set(values).where(eq(feedbackTemplates.id, id)).run();
      else tx.insert(feedbackTemplates).values({ id, ...insertStamps(tx), ...values }).run();
      return templateOf(templateRow(tx, id));
    },
    (t) => ({
      action: 'feedback.template.save',
      entity: 'feedbackTemplate',
      entityId: t.id,
      detail: { templateName: t.name.zh, questionnaireScenario: t.scenario, created: !before, active: t.active, questionCount: t.questions.length },
    }),
  );
}
