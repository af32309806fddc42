import { z } from 'zod';
import { channel } from './channel';
import { CLIENT_TIERS } from './clients';
import { day, optionalMultilineText, optionalText, requiredText, text, uuid } from './fields';
import { DUTY_ROLES, levelRules, localDateTime, RECEPTION_LEVELS, VISIT_TYPES } from './plans';

export { DEFAULT_LEVEL_RULES, DUTY_ROLES, levelRule, levelRules, type DutyRole, type LevelRule, type LevelRules } from './plans';

/**
 * Checklists (检查清单): templates a manager keeps, copied onto a plan when it is
 * confirmed, ticked item by item. DIGEST 01 (preparation), 02 (execution),
 * 04/06 (after the visit, inspections). These lists are also db column values.
 */
export const CHECKLIST_KINDS = ['preparation', 'duties', 'execution', 'after', 'inspection'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];
/** Kinds copied onto a plan; inspection templates are filled in by an inspector instead (contract/quality.ts). */
export const PLAN_CHECKLIST_KINDS = ['preparation', 'duties', 'execution', 'after'] as const satisfies readonly ChecklistKind[];

/** Who an item is for (DIGEST 05: hand-offs to security, cleaning and IT). Anything not `reception` goes on a hand-off sheet. */
export const DEPARTMENTS = ['reception', 'security', 'cleaning', 'it', 'catering', 'admin', 'sales', 'technical', 'logistics'] as const;
export type Department = (typeof DEPARTMENTS)[number];
/** The desk's own department: its items are never handed off. */
export const DESK_DEPARTMENT: Department = 'reception';

export const ITEM_STATUSES = ['open', 'done', 'na', 'problem'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * What some items stand for, so the record-completeness audit can find a visit
 * whose feedback was never asked for or whose papers were never filed, until
 * the feedback and archive domains record those themselves.
 */
export const ITEM_CHECKS = ['feedbackRequest', 'callBack', 'filing'] as const;
export type ItemCheck = (typeof ITEM_CHECKS)[number];

/** Due times hang on the visit's arrival or departure, so they move when the plan moves. */
export const DUE_ANCHORS = ['arrival', 'departure'] as const;
export type DueAnchor = (typeof DUE_ANCHORS)[number];
/** At most 60 days before or after the anchor, in minutes. */
export const DUE_OFFSET_LIMIT = 60 * 24 * 60;
/** "Due soon": open items due within this many minutes show on the desk and the calendar. */
export const DUE_SOON_MINUTES = 120;

/** Materials a visit needs (DIGEST 05: rooms, tea breaks, printed material), counted from the headcount. */
export const MATERIAL_KINDS = ['room', 'teaBreak', 'printed', 'gift', 'stationery', 'other'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** A text kept in both languages; English may be left empty and then shows the Chinese. */
export const localText = (max: number) => z.strictObject({ zh: requiredText(max), en: optionalText(max) });
export { pickText, type LocalText } from './local-text';

export const due = z.strictObject({
  anchor: z.enum(DUE_ANCHORS, 'invalidOption'),
  /** Minutes from the anchor; negative is before (−1440 = 24 h before arrival). */
  offsetMinutes: z.number('invalidType').int('invalidType').min(-DUE_OFFSET_LIMIT, 'outOfRange').max(DUE_OFFSET_LIMIT, 'outOfRange'),
});
export type Due = z.output<typeof due>;

/**
 * An item's due time on a plan: local `YYYY-MM-DDTHH:mm`, or null while the
 * anchor is not set. Pure, so main (re-timing) and the editor's preview agree.
 */
export function dueTime(d: Due, arrivalAt: string | null, departureAt: string | null): string | null {
  const anchor = d.anchor === 'arrival' ? arrivalAt : (departureAt ?? arrivalAt);
  if (!anchor) return null;
  const n = (from: number, to: number) => Number(anchor.slice(from, to));
  // Local wall-clock arithmetic in UTC fields: one site, one time zone, no DST in China.
  const t = new Date(Date.UTC(n(0, 4), n(5, 7) - 1, n(8, 10), n(11, 13), n(14, 16)) + d.offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

export const templateItemInput = z.strictObject({
  /** Kept when given, so inspections and plans can point at the item; main assigns one to a new item. */
  id: uuid.optional(),
  text: localText(200),
  required: z.boolean('invalidType').default(true),
  department: z.enum(DEPARTMENTS, 'invalidOption').default('reception'),
  /** A duty of this team role; its person is the plan's team member in the role. */
  role: z.enum(DUTY_ROLES, 'invalidOption').nullable().default(null),
  due: due.default({ anchor: 'arrival', offsetMinutes: 0 }),
  check: z.enum(ITEM_CHECKS, 'invalidOption').nullable().default(null),
});

export const templateSectionInput = z.strictObject({
  id: uuid.optional(),
  title: localText(50),
  items: z.array(templateItemInput, 'invalidType').min(1, 'required').max(100, 'tooMany'),
});

export const templateMaterialInput = z.strictObject({
  kind: z.enum(MATERIAL_KINDS, 'invalidOption'),
  name: localText(50),
  /** Per guest (0.5 = one for every two); quantity = ceil(perGuest × headcount) + fixed. */
  perGuest: z.number('invalidType').min(0, 'outOfRange').max(20, 'outOfRange').default(0),
  fixed: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(1000, 'outOfRange').default(0),
});

/** Which plans a template is copied onto; an empty list means "all". */
const appliesTo = {
  levels: z.array(z.enum(RECEPTION_LEVELS, 'invalidOption'), 'invalidType').max(RECEPTION_LEVELS.length, 'tooMany').default([]),
  visitTypes: z.array(z.enum(VISIT_TYPES, 'invalidOption'), 'invalidType').max(VISIT_TYPES.length, 'tooMany').default([]),
  clientTiers: z.array(z.enum(CLIENT_TIERS, 'invalidOption'), 'invalidType').max(CLIENT_TIERS.length, 'tooMany').default([]),
};

export const templateInput = z.strictObject({
  id: uuid.optional(),
  name: localText(50),
  kind: z.enum(CHECKLIST_KINDS, 'invalidOption'),
  ...appliesTo,
  active: z.boolean('invalidType').default(true),
  sections: z.array(templateSectionInput, 'invalidType').min(1, 'required').max(20, 'tooMany'),
  materials: z.array(templateMaterialInput, 'invalidType').max(50, 'tooMany').default([]),
});

const localTextOut = z.object({ zh: z.string(), en: z.string() });
export const templateItem = z.object({
  id: z.string(),
  text: localTextOut,
  required: z.boolean(),
  department: z.enum(DEPARTMENTS),
  role: z.enum(DUTY_ROLES).nullable(),
  due: z.object({ anchor: z.enum(DUE_ANCHORS), offsetMinutes: z.number().int() }),
  check: z.enum(ITEM_CHECKS).nullable(),
});
export const checklistTemplate = z.object({
  id: z.string(),
  name: localTextOut,
  kind: z.enum(CHECKLIST_KINDS),
  levels: z.array(z.enum(RECEPTION_LEVELS)),
  visitTypes: z.array(z.enum(VISIT_TYPES)),
  clientTiers: z.array(z.enum(CLIENT_TIERS)),
  active: z.boolean(),
  /** Shipped with the app (still editable; a manager's change is kept). */
  builtIn: z.boolean(),
  sections: z.array(z.object({ id: z.string(), title: localTextOut, items: z.array(templateItem) })),
  materials: z.array(z.object({ kind: z.enum(MATERIAL_KINDS), name: localTextOut, perGuest: z.number(), fixed: z.number().int() })),
  updatedAt: z.string(),
});
export type ChecklistTemplate = z.output<typeof checklistTemplate>;

/** One item on a plan's checklist. */
export const checklistItem = z.object({
  id: z.string(),
  checklistId: z.string(),
  planId: z.string(),
  section: localTextOut,
  text: localTextOut,
  required: z.boolean(),
  department: z.enum(DEPARTMENTS),
  role: z.enum(DUTY_ROLES).nullable(),
  /** Who does it: the team member in its role, or a name set on the item; '' when nobody is named. */
  assigneeName: z.string(),
  due: z.object({ anchor: z.enum(DUE_ANCHORS), offsetMinutes: z.number().int() }),
  dueAt: z.string().nullable(),
  check: z.enum(ITEM_CHECKS).nullable(),
  status: z.enum(ITEM_STATUSES),
  statusByName: z.string(),
  statusAt: z.string().nullable(),
  note: z.string(),
  /** When its hand-off sheet was last printed; null when never (or a desk item). */
  handedOffAt: z.string().nullable(),
  /** Computed against now: open and past due / open and due within DUE_SOON_MINUTES. */
  overdue: z.boolean(),
  dueSoon: z.boolean(),
});
export type ChecklistItem = z.output<typeof checklistItem>;

export const checklistProgress = z.object({
  total: z.number().int(),
  /** done + not applicable */
  closed: z.number().int(),
  problems: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  /** Required items still open (or a problem) that are due by the arrival: what blocks "in progress". */
  requiredOpenBeforeStart: z.number().int(),
});
export type ChecklistProgress = z.output<typeof checklistProgress>;

export const planMaterial = z.object({
  id: z.string(),
  kind: z.enum(MATERIAL_KINDS),
  name: z.string(),
  perGuest: z.number(),
  fixed: z.number().int(),
  /** Set by hand; null = counted from the headcount. */
  quantityOverride: z.number().int().nullable(),
  /** What to prepare: the override, or ceil(perGuest × headcount) + fixed. */
  quantity: z.number().int(),
  notes: z.string(),
  ready: z.boolean(),
});
export type PlanMaterial = z.output<typeof planMaterial>;

export const rehearsal = z.object({
  at: z.string(),
  place: z.string(),
  attendees: z.array(z.string()),
  notes: z.string(),
  held: z.boolean(),
});
export type Rehearsal = z.output<typeof rehearsal>;

export const planChecklists = z.object({
  planId: z.string(),
  lists: z.array(
    z.object({
      id: z.string(),
      templateId: z.string().nullable(),
      name: localTextOut,
      kind: z.enum(CHECKLIST_KINDS),
      items: z.array(checklistItem),
      progress: checklistProgress,
    }),
  ),
  progress: checklistProgress,
  materials: z.array(planMaterial),
  rehearsal: rehearsal.nullable(),
  /** Whether the plan's level asks for a rehearsal (level rules). */
  rehearsalRequired: z.boolean(),
});
export type PlanChecklists = z.output<typeof planChecklists>;

/** A row of the checklist screen: an item with the visit it belongs to. */
export const itemRow = checklistItem.extend({
  planTitle: z.string(),
  planStatus: z.string(),
  arrivalAt: z.string().nullable(),
  listName: localTextOut,
});
export type ItemRow = z.output<typeof itemRow>;

export const DUE_FILTERS = ['overdue', 'dueSoon', 'today', 'open', 'all'] as const;

/** Free-text fields of a plan's checklist, its materials and rehearsal; forms read their limits from here. */
export const checklistFields = {
  section: localText(50),
  text: localText(200),
  assigneeName: optionalText(50),
  /** A tick's note (a problem's needs one). */
  note: optionalMultilineText(500),
  materialName: requiredText(50),
  materialNotes: optionalText(200),
  rehearsalPlace: optionalText(100),
  rehearsalNotes: optionalMultilineText(500),
};

const itemEdit = {
  text: checklistFields.text,
  required: z.boolean('invalidType'),
  department: z.enum(DEPARTMENTS, 'invalidOption'),
  role: z.enum(DUTY_ROLES, 'invalidOption').nullable(),
  due,
  /** A person named on the item; '' gives it back to its role's team member. */
  assigneeName: checklistFields.assigneeName,
};

export const checklists = {
  templates: channel({
    input: () => z.strictObject({ includeInactive: z.boolean('invalidType').default(false) }),
    output: () => z.array(checklistTemplate),
    permission: 'checklists.view',
  }),
  /** Creates (no id) or replaces a template. Lists already on plans keep what they were copied with. */
  saveTemplate: channel({ input: () => templateInput, output: () => checklistTemplate, permission: 'checklists.manage' }),
  /** A plan's lists, materials and rehearsal. */
  forPlan: channel({ input: () => z.strictObject({ planId: uuid }), output: () => planChecklists, permission: 'checklists.view' }),
  /** The checklist screen: items of open plans, filtered; ordered by due time (no due time last). */
  items: channel({
    input: () => z.strictObject({
      /** Plans whose visit touches this local-day range; default: from today on. */
      from: day.optional(),
      to: day.optional(),
      planId: uuid.optional(),
      department: z.enum(DEPARTMENTS, 'invalidOption').optional(),
      /** Items whose assignee is the signed-in user (by display name). */
      mine: z.boolean('invalidType').default(false),
      assigneeName: text(50).optional(),
      due: z.enum(DUE_FILTERS, 'invalidOption').default('open'),
      limit: z.number('invalidType').int().min(1).max(1000).default(500),
    }),
    output: () => z.object({
      items: z.array(itemRow),
      /** More items matched than `limit`. */
      more: z.boolean(),
      /** Each listed plan's progress, by plan id. */
      plans: z.record(z.string(), checklistProgress),
    }),
    permission: 'checklists.view',
  }),
  /** For the desk and the header: open items overdue or due soon, across open plans. Bounded by due time, never by history. */
  due: channel({
    input: () => z.strictObject({ limit: z.number('invalidType').int().min(1).max(50).default(10) }),
    output: () => z.object({ overdue: z.number().int(), dueSoon: z.number().int(), items: z.array(itemRow) }),
    permission: 'checklists.view',
  }),
  /** Ticks items: done, not applicable, a problem (needs a note), or open again. One audit entry per call. */
  setStatus: channel({
    input: () => z
      .strictObject({
        itemIds: z.array(uuid, 'invalidType').min(1, 'required').max(200, 'tooMany'),
        status: z.enum(ITEM_STATUSES, 'invalidOption'),
        note: checklistFields.note,
      })
      .refine((i) => i.status !== 'problem' || i.note.trim() !== '', { message: 'checklist.problemNote', path: ['note'] }),
    output: () => z.object({ updated: z.number().int() }),
    permission: 'checklists.tick',
  }),
  /** Adds a template's lists to a plan by hand (one that did not match, or a second inspection round). */
  addFromTemplate: channel({ input: () => z.strictObject({ planId: uuid, templateId: uuid }), output: () => planChecklists, permission: 'plans.manage' }),
  addItem: channel({
    input: () => z.strictObject({ checklistId: uuid, section: checklistFields.section, ...itemEdit }),
    output: () => planChecklists,
    permission: 'plans.manage',
  }),
  updateItem: channel({
    input: () => z.strictObject({
      id: uuid,
      text: itemEdit.text.optional(),
      required: itemEdit.required.optional(),
      department: itemEdit.department.optional(),
      role: itemEdit.role.optional(),
      due: due.optional(),
      assigneeName: text(50).optional(),
    }),
    output: () => planChecklists,
    permission: 'plans.manage',
  }),
  removeItem: channel({ input: () => z.strictObject({ id: uuid }), output: () => planChecklists, permission: 'plans.manage' }),
  /** Replaces the plan's material list. */
  saveMaterials: channel({
    input: () => z.strictObject({
      planId: uuid,
      materials: z
        .array(
          z.strictObject({
            id: uuid.optional(),
            kind: z.enum(MATERIAL_KINDS, 'invalidOption'),
            name: checklistFields.materialName,
            perGuest: z.number('invalidType').min(0, 'outOfRange').max(20, 'outOfRange').default(0),
            fixed: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(1000, 'outOfRange').default(0),
            quantityOverride: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(100000, 'outOfRange').nullable().default(null),
            notes: checklistFields.materialNotes,
            ready: z.boolean('invalidType').default(false),
          }),
          'invalidType',
        )
        .max(100, 'tooMany'),
    }),
    output: () => planChecklists,
    permission: 'plans.manage',
  }),
  /** Sets (or clears, with null) the plan's rehearsal. */
  saveRehearsal: channel({
    input: () => z.strictObject({
      planId: uuid,
      rehearsal: z
        .strictObject({
          at: localDateTime,
          place: checklistFields.rehearsalPlace,
          attendees: z.array(requiredText(50), 'invalidType').max(50, 'tooMany'),
          notes: checklistFields.rehearsalNotes,
          held: z.boolean('invalidType').default(false),
        })
        .nullable(),
    }),
    output: () => planChecklists,
    permission: 'plans.manage',
  }),
  levelRules: channel({ input: () => z.strictObject({}), output: () => levelRules, permission: 'plans.view' }),
  saveLevelRules: channel({ input: () => levelRules, output: () => levelRules, permission: 'checklists.manage' }),
};
