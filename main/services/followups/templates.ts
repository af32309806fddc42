import { and, asc, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { FollowupTemplate } from '../../../contract/followups';
import { followupTemplates } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';
import { BUILT_IN_FOLLOWUP_TEMPLATES } from './built-ins';

export type TemplateRow = typeof followupTemplates.$inferSelect;

export function templateOf(row: TemplateRow): FollowupTemplate {
  return {
    id: row.id,
    name: JSON.parse(row.name) as FollowupTemplate['name'],
    active: row.active,
    builtIn: row.builtInKey !== '',
    steps: JSON.parse(row.steps) as FollowupTemplate['steps'],
    updatedAt: row.updatedAt,
  };
}

function missingBuiltIns(db: ReadDb) {
  const have = new Set(db.select({ key: followupTemplates.builtInKey }).from(followupTemplates).all().map((r) => r.key));
  return BUILT_IN_FOLLOWUP_TEMPLATES.filter((b) => !have.has(b.key));
}

/**
 * Seeds the shipped templates that are missing, by built_in_key (deleted or
 * not): a manager's edits are never overwritten, a removed one stays removed.
 */
export function seedFollowupTemplates(tx: WriteTx): number {
  const missing = missingBuiltIns(tx);
  for (const b of missing) {
    tx.insert(followupTemplates)
      .values({
        id: uuidv7(),
        ...insertStamps(tx),
        builtInKey: b.key,
        name: JSON.stringify(b.name),
        active: true,
        steps: JSON.stringify(b.steps.map((s) => ({ id: uuidv7(), ...s }))),
      })
      .run();
  }
  return missing.length;
}

/** Seeds at first read, recorded as the app's own act (nothing is written when all are there). */
export function ensureFollowupTemplates(ctx: ServiceContext): void {
  if (missingBuiltIns(ctx.db).length === 0) return;
  ctx.writeAs('system', seedFollowupTemplates, (n) => ({ action: 'followup.template.seed', entity: 'followupTemplate', entityId: null, detail: { count: n } }));
}

export function listTemplates(ctx: ServiceContext, input: Parsed<'followups', 'templates'>): FollowupTemplate[] {
  ensureFollowupTemplates(ctx);
  const where = and(isNull(followupTemplates.deletedAt), input.includeInactive ? undefined : eq(followupTemplates.active, true));
  return ctx.db.select().from(followupTemplates).where(where).orderBy(asc(followupTemplates.createdAt), asc(followupTemplates.id)).all().map(templateOf);
}

export function templateRow(db: ReadDb, id: string): TemplateRow {
  const row = db.select().from(followupTemplates).where(and(eq(followupTemplates.id, id), isNull(followupTemplates.deletedAt))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such follow-up template.', { reason: 'templateNotFound' }, [{ path: 'templateId', message: 'followup.templateNotFound' }]);
  return row;
}

/** Creates or edits a template; a step keeps its id when sent, a new one gets one. */
export function saveTemplate(ctx: ServiceContext, input: Parsed<'followups', 'saveTemplate'>): FollowupTemplate {
  return ctx.write(
    (tx) => {
      const steps = JSON.stringify(input.steps.map((s) => ({ id: s.id ?? uuidv7(), title: s.title, offsetDays: s.offsetDays })));
      const values = { name: JSON.stringify(input.name), active: input.active, steps };
      if (input.id) {
        const before = templateRow(tx, input.id);
        tx.update(followupTemplates).set(values).where(eq(followupTemplates.id, before.id)).run();
        return templateOf(templateRow(tx, before.id));
      }
      const id = uuidv7();
      tx.insert(followupTemplates)
        .values({ id, ...insertStamps(tx), builtInKey: '', ...values })
        .run();
      return templateOf(templateRow(tx, id));
    },
    (t) => ({ action: 'followup.template.save', entity: 'followupTemplate', entityId: t.id, detail: { name: t.name.zh, active: t.active, steps: t.steps.map((s) => `${s.title.zh} +${s.offsetDays}`) } }),
  );
}
