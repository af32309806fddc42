import { and, asc, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { ChecklistTemplate } from '../../../contract/checklists';
import { checklistTemplates } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';
import { PREPARATION_BUILT_INS } from './built-ins-preparation';
import { VISIT_BUILT_INS } from './built-ins-visit';
import type { BuiltInTemplate } from './built-in-shape';

export type TemplateRow = typeof checklistTemplates.$inferSelect;

/** Every shipped template, in the order a manager reads them. */
export const BUILT_IN_TEMPLATES: BuiltInTemplate[] = [...PREPARATION_BUILT_INS, ...VISIT_BUILT_INS];

export function templateOf(row: TemplateRow): ChecklistTemplate {
  return {
    id: row.id,
    name: JSON.parse(row.name) as ChecklistTemplate['name'],
    kind: row.kind,
    levels: JSON.parse(row.levels) as ChecklistTemplate['levels'],
    visitTypes: JSON.parse(row.visitTypes) as ChecklistTemplate['visitTypes'],
    clientTiers: JSON.parse(row.clientTiers) as ChecklistTemplate['clientTiers'],
    active: row.active,
    builtIn: row.builtInKey !== '',
    sections: JSON.parse(row.sections) as ChecklistTemplate['sections'],
    materials: JSON.parse(row.materials) as ChecklistTemplate['materials'],
    updatedAt: row.updatedAt,
  };
}

/** Shipped templates not yet in the table (by key, deleted or not: a removed one stays removed). */
export function missingBuiltIns(db: ReadDb): BuiltInTemplate[] {
  const have = new Set(db.select({ key: checklistTemplates.builtInKey }).from(checklistTemplates).all().map((r) => r.key));
  return BUILT_IN_TEMPLATES.filter((b) => !have.has(b.key));
}

/**
 * Seeds the shipped templates that are missing, inside the caller's write.
 * Idempotent by built_in_key: a manager's edits are never overwritten and a
 * template they switched off is not brought back.
 */
export function seedBuiltIns(tx: WriteTx): number {
  const missing = missingBuiltIns(tx);
  for (const b of missing) {
    tx.insert(checklistTemplates)
      .values({
        id: uuidv7(),
        ...insertStamps(tx),
        name: JSON.stringify(b.name),
        kind: b.kind,
        levels: JSON.stringify(b.levels),
        visitTypes: JSON.stringify(b.visitTypes),
        clientTiers: JSON.stringify(b.clientTiers),
        active: true,
        builtInKey: b.key,
        sections: JSON.stringify(b.sections.map((s) => ({ id: uuidv7(), title: s.title, items: s.items.map((i) => ({ id: uuidv7(), ...i })) }))),
        materials: JSON.stringify(b.materials),
      })
      .run();
  }
  return missing.length;
}

/** Seeds at first read, recorded as the app's own act (nothing is written when all are there). */
export function ensureBuiltIns(ctx: ServiceContext): void {
  if (missingBuiltIns(ctx.db).length === 0) return;
  ctx.writeAs('system', seedBuiltIns, (n) => ({ action: 'checklist.template.seed', entity: 'checklistTemplate', entityId: null, detail: { count: n } }));
}

export function listTemplates(ctx: ServiceContext, input: Parsed<'checklists', 'templates'>): ChecklistTemplate[] {
  ensureBuiltIns(ctx);
  const where = and(isNull(checklistTemplates.deletedAt), input.includeInactive ? undefined : eq(checklistTemplates.active, true));
  return ctx.db.select().from(checklistTemplates).where(where).orderBy(asc(checklistTemplates.createdAt), asc(checklistTemplates.id)).all().map(templateOf);
}

export function templateRow(db: ReadDb, id: string): TemplateRow {
  const row = db.select().from(checklistTemplates).where(eq(checklistTemplates.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such checklist template.', { reason: 'templateNotFound' });
  return row;
}

/** Sections and items keep their ids (plan items and inspections point at them); new ones get one. Ids are unique in a template. */
function withIds(sections: Parsed<'checklists', 'saveTemplate'>['sections']): ChecklistTemplate['sections'] {
  const seen = new Set<string>();
  const fresh = (id: string | undefined, path: string) => {
    if (id && seen.has(id)) throw new AppError('VALIDATION', 'An id appears twice in the template.', undefined, [{ path, message: 'checklist.duplicateId' }]);
    const value = id ?? uuidv7();
    seen.add(value);
    return value;
  };
  return sections.map((s, si) => ({
    id: fresh(s.id, `sections.${si}.id`),
    title: s.title,
    items: s.items.map((i, ii) => ({ ...i, id: fresh(i.id, `sections.${si}.items.${ii}.id`) })),
  }));
}

export function saveTemplate(ctx: ServiceContext, input: Parsed<'checklists', 'saveTemplate'>): ChecklistTemplate {
  const before = input.id ? templateRow(ctx.db, input.id) : null;
  const values = {
    name: JSON.stringify(input.name),
    kind: input.kind,
    levels: JSON.stringify(input.levels),
    visitTypes: JSON.stringify(input.visitTypes),
    clientTiers: JSON.stringify(input.clientTiers),
    active: input.active,
    sections: JSON.stringify(withIds(input.sections)),
    materials: JSON.stringify(input.materials),
  };
  return ctx.write(
    (tx) => {
      const id = before?.id ?? uuidv7();
      if (before) tx.update(checklistTemplates).set(values).where(eq(checklistTemplates.id, id)).run();
      else tx.insert(checklistTemplates).values({ id, ...insertStamps(tx), ...values }).run();
      return templateOf(templateRow(tx, id));
    },
    (t) => ({
      action: 'checklist.template.save',
      entity: 'checklistTemplate',
      entityId: t.id,
      detail: {
        templateName: t.name.zh,
        checklistKind: t.kind,
        created: !before,
        active: t.active,
        sectionCount: t.sections.length,
        itemCount: t.sections.reduce((n, s) => n + s.items.length, 0),
      },
    }),
  );
}
