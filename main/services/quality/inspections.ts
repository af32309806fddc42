import { and, desc, eq, gte, isNull, lt, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import type { LocalText } from '../../../contract/checklists';
import { inspectionScore, type Inspection, type InspectionResult } from '../../../contract/quality';
import { daySpan } from '../../../contract/time-spans';
import { checklistTemplates, inspections, visitPlans } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb } from '../../core/write-path';
import type { FieldIssue } from '../../../contract/result';
import { inspectionTemplate, type InspectionTemplate } from './inspection-template';

type StoredResult = Inspection['results'][number];

/** Every item of the template judged exactly once, and nothing else: an inspection with a gap has no honest score. */
function judgedOnce(template: InspectionTemplate, results: Parsed<'quality', 'recordInspection'>['results']): FieldIssue[] {
  const known = new Set(template.points.map((p) => p.itemId));
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  results.forEach((r, i) => {
    if (!known.has(r.itemId)) issues.push({ path: `results.${i}.itemId`, message: 'invalidOption' });
    else if (seen.has(r.itemId)) issues.push({ path: `results.${i}.itemId`, message: 'quality.judgedTwice' });
    seen.add(r.itemId);
  });
  if (template.points.some((p) => !seen.has(p.itemId))) issues.push({ path: 'results', message: 'quality.unjudged' });
  return issues;
}

/** An inspection's rows as the contract shows them, with the template's name and the plan's title. */
function selectInspections(db: ReadDb, where: SQL | undefined): Inspection[] {
  return db
    .select({ row: inspections, templateName: checklistTemplates.name, planTitle: visitPlans.title })
    .from(inspections)
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, inspections.templateId))
    .leftJoin(visitPlans, eq(visitPlans.id, inspections.planId))
    .where(and(isNull(inspections.deletedAt), where))
    .orderBy(desc(inspections.inspectedAt), desc(inspections.id))
    .all()
    .map(({ row, templateName, planTitle }) => ({
      id: row.id,
      templateId: row.templateId,
      templateName: JSON.parse(templateName) as LocalText,
      planId: row.planId,
      planTitle: planTitle ?? null,
      inspectedAt: row.inspectedAt,
      inspectorName: row.inspectorName,
      area: row.area,
      department: (row.department as Inspection['department']) ?? null,
      results: JSON.parse(row.results) as StoredResult[],
      score: row.score,
      notes: row.notes,
    }));
}

/** Inspections in a day range (by when they were held), newest first; read through inspections_at or inspections_plan. */
export function listInspections(db: ReadDb, input: Parsed<'quality', 'inspections'>): Inspection[] {
  return selectInspections(
    db,
    and(
      input.from ? gte(inspections.inspectedAt, daySpan(input.from).startsAt) : undefined,
      input.to ? lt(inspections.inspectedAt, daySpan(input.to).endsAt) : undefined,
      input.planId ? eq(inspections.planId, input.planId) : undefined,
    ),
  );
}

/**
 * Records an inspection: every item of the template judged (pass, fail, not
 * applicable) once, scored by the contract's rule. The items' texts are kept
 * as they were, so a template edited later does not change a past inspection.
 */
export function recordInspection(ctx: ServiceContext, input: Parsed<'quality', 'recordInspection'>): Output<'quality', 'recordInspection'> {
  const template = inspectionTemplate(ctx.db, input.templateId);
  const issues = judgedOnce(template, input.results);
  if (issues.length > 0) throw new AppError('VALIDATION', 'Every item of the template is judged once.', undefined, issues);
  const plan = input.planId ? ctx.db.select({ title: visitPlans.title, deletedAt: visitPlans.deletedAt }).from(visitPlans).where(eq(visitPlans.id, input.planId)).get() : null;
  if (input.planId && (!plan || plan.deletedAt)) throw new AppError('NOT_FOUND', 'No such visit plan.');
  const byItem = new Map(input.results.map((r) => [r.itemId, r]));
  const results: StoredResult[] = template.points.map((p) => {
    const r = byItem.get(p.itemId)!;
    return { itemId: p.itemId, section: p.section, text: p.text, result: r.result, note: r.note };
  });
  const score = inspectionScore(results);
  const id = uuidv7();
  return ctx.write(
    (tx) => {
      tx.insert(inspections)
        .values({
          id,
          ...insertStamps(tx),
          templateId: template.id,
          planId: input.planId,
          inspectedAt: input.inspectedAt,
          inspectorId: ctx.session.operatorId,
          inspectorName: ctx.session.operatorName,
          area: input.area,
          department: input.department,
          results: JSON.stringify(results),
          score,
          notes: input.notes,
        })
        .run();
      return selectInspections(tx, eq(inspections.id, id))[0]!;
    },
    (saved) => ({
      action: 'inspection.record',
      entity: 'inspection',
      entityId: saved.id,
      detail: {
        template: template.name.zh,
        planTitle: plan?.title ?? null,
        inspectedAt: input.inspectedAt,
        area: input.area,
        score,
        failed: count(results, 'fail'),
      },
    }),
  );
}

const count = (results: { result: InspectionResult }[], result: InspectionResult) => results.filter((r) => r.result === result).length;
