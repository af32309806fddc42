import type { z } from 'zod';
import { templateInput, type ChecklistTemplate } from '../../../../contract/checklists';

/** What the editor holds: the save channel's input, with every default filled in. */
export type TemplateDraft = z.output<typeof templateInput>;
export type DraftItem = TemplateDraft['sections'][number]['items'][number];
export type DraftMaterial = TemplateDraft['materials'][number];

export function newItem(): DraftItem {
  return { text: { zh: '', en: '' }, required: true, department: 'reception', role: null, due: { anchor: 'arrival', offsetMinutes: 0 }, check: null };
}

export function newDraft(): TemplateDraft {
  return {
    name: { zh: '', en: '' },
    kind: 'preparation',
    levels: [],
    visitTypes: [],
    clientTiers: [],
    active: true,
    sections: [{ title: { zh: '', en: '' }, items: [newItem()] }],
    materials: [],
  };
}

export function draftOf(template: ChecklistTemplate): TemplateDraft {
  return {
    id: template.id,
    name: { ...template.name },
    kind: template.kind,
    levels: [...template.levels],
    visitTypes: [...template.visitTypes],
    clientTiers: [...template.clientTiers],
    active: template.active,
    sections: template.sections.map((s) => ({ id: s.id, title: { ...s.title }, items: s.items.map((i) => ({ ...i, text: { ...i.text }, due: { ...i.due } })) })),
    materials: template.materials.map((m) => ({ ...m, name: { ...m.name } })),
  };
}

/** The contract's own check, as `path → i18n key` (e.g. `sections.0.items.2.text.zh → required`). */
export function draftIssues(draft: TemplateDraft): Map<string, string> {
  const parsed = templateInput.safeParse(draft);
  const issues = new Map<string, string>();
  if (!parsed.success) for (const issue of parsed.error.issues) issues.set(issue.path.join('.'), issue.message);
  return issues;
}
