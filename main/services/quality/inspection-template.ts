import { eq } from 'drizzle-orm';
import type { LocalText } from '../../../contract/checklists';
import { checklistTemplates } from '../../../db/schema';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';

/** One item of an inspection template, with its section: what an inspector judges. */
export interface InspectionPoint {
  itemId: string;
  section: LocalText;
  text: LocalText;
}

export interface InspectionTemplate {
  id: string;
  name: LocalText;
  points: InspectionPoint[];
}

interface StoredSection {
  title: LocalText;
  items: { id: string; text: LocalText }[];
}

/**
 * An inspection template as stored (checklist_templates, kind inspection):
 * its items in order, each with its section. Read from the row itself, so an
 * inspection judges the template as it stands when it is recorded.
 */
export function inspectionTemplate(db: ReadDb, templateId: string): InspectionTemplate {
  const row = db.select().from(checklistTemplates).where(eq(checklistTemplates.id, templateId)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such checklist template.');
  if (row.kind !== 'inspection') {
    throw new AppError('VALIDATION', 'Only an inspection template can be recorded as an inspection.', undefined, [{ path: 'templateId', message: 'quality.notInspection' }]);
  }
  const sections = JSON.parse(row.sections) as StoredSection[];
  return {
    id: row.id,
    name: JSON.parse(row.name) as LocalText,
    points: sections.flatMap((s) => s.items.map((i) => ({ itemId: i.id, section: s.title, text: i.text }))),
  };
}
