import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CHECKLIST_KINDS, DEPARTMENTS, DUE_ANCHORS, ITEM_STATUSES, MATERIAL_KINDS } from '../../contract/checklists';
import { DRILL_SCENARIOS } from '../../contract/quality';
import { syncColumns } from './columns';
import { visitPlans } from './plans';

/*
 * Checklists (contract/checklists.ts) and quality control (contract/quality.ts).
 * Two-language texts are JSON `{"zh": …, "en": …}`; coded values are the
 * contract's lists (text columns without CHECK, so a new value needs no migration).
 */

/** A manager's template; its sections and items are one JSON document (small, edited as a whole). */
export const checklistTemplates = sqliteTable(
  'checklist_templates',
  {
    ...syncColumns,
    /** JSON LocalText. */
    name: text('name').notNull(),
    kind: text('kind', { enum: CHECKLIST_KINDS }).notNull(),
    /** JSON arrays; empty = every level / type / tier. */
    levels: text('levels').notNull().default('[]'),
    visitTypes: text('visit_types').notNull().default('[]'),
    clientTiers: text('client_tiers').notNull().default('[]'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** The shipped template this row was seeded from ('' for a manager's own): seeding is idempotent by it. */
    builtInKey: text('built_in_key').notNull().default(''),
    /** JSON: sections with their items (ids kept, so inspections and plan items can point at them). */
    sections: text('sections').notNull(),
    /** JSON: materials with per-guest and fixed quantities. */
    materials: text('materials').notNull().default('[]'),
  },
  (t) => [index('checklist_templates_kind').on(t.kind)],
);

/** A template's copy on one plan. */
export const planChecklists = sqliteTable(
  'plan_checklists',
  {
    ...syncColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => visitPlans.id),
    templateId: text('template_id').references(() => checklistTemplates.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: CHECKLIST_KINDS }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('plan_checklists_plan').on(t.planId, t.position)],
);

export const checklistItems = sqliteTable(
  'checklist_items',
  {
    ...syncColumns,
    checklistId: text('checklist_id')
      .notNull()
      .references(() => planChecklists.id),
    /** The list's plan, kept on the item so the desk's and the screen's queries need no join to find it. */
    planId: text('plan_id')
      .notNull()
      .references(() => visitPlans.id),
    templateItemId: text('template_item_id'),
    section: text('section').notNull(),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
    required: integer('required', { mode: 'boolean' }).notNull().default(true),
    department: text('department', { enum: DEPARTMENTS }).notNull(),
    role: text('role'),
    /** The team member in `role`, kept in step by the plan's team; or a name set by hand (assignee_set). */
    assigneeName: text('assignee_name').notNull().default(''),
    assigneeSet: integer('assignee_set', { mode: 'boolean' }).notNull().default(false),
    dueAnchor: text('due_anchor', { enum: DUE_ANCHORS }).notNull(),
    dueOffsetMinutes: integer('due_offset_minutes').notNull(),
    /** Local `YYYY-MM-DDTHH:mm`, recomputed when the plan's times move; null while the anchor is unset. */
    dueAt: text('due_at'),
    itemCheck: text('item_check'),
    status: text('status', { enum: ITEM_STATUSES }).notNull().default('open'),
    statusById: text('status_by_id').notNull().default(''),
    statusByName: text('status_by_name').notNull().default(''),
    statusAt: text('status_at'),
    note: text('note').notNull().default(''),
    handedOffAt: text('handed_off_at'),
  },
  (t) => [
    index('checklist_items_list').on(t.checklistId, t.position),
    index('checklist_items_plan').on(t.planId),
    // The desk's "overdue / due soon": only open work, by due time; never grows with finished history.
    index('checklist_items_open_due')
      .on(t.dueAt)
      .where(sql`${t.status} IN ('open', 'problem') AND ${t.deletedAt} IS NULL AND ${t.dueAt} IS NOT NULL`),
    // Compliance by period reads a range of due times.
    index('checklist_items_due').on(t.dueAt),
  ],
);

export const planMaterials = sqliteTable(
  'plan_materials',
  {
    ...syncColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => visitPlans.id),
    kind: text('kind', { enum: MATERIAL_KINDS }).notNull(),
    name: text('name').notNull(),
    perGuest: real('per_guest').notNull().default(0),
    fixed: integer('fixed').notNull().default(0),
    quantityOverride: integer('quantity_override'),
    notes: text('notes').notNull().default(''),
    ready: integer('ready', { mode: 'boolean' }).notNull().default(false),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('plan_materials_plan').on(t.planId, t.position)],
);

export const planRehearsals = sqliteTable(
  'plan_rehearsals',
  {
    ...syncColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => visitPlans.id),
    at: text('at').notNull(),
    place: text('place').notNull().default(''),
    /** JSON array of names. */
    attendees: text('attendees').notNull().default('[]'),
    notes: text('notes').notNull().default(''),
    held: integer('held', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('plan_rehearsals_plan').on(t.planId)],
);

export const inspections = sqliteTable(
  'inspections',
  {
    ...syncColumns,
    templateId: text('template_id')
      .notNull()
      .references(() => checklistTemplates.id),
    planId: text('plan_id').references(() => visitPlans.id),
    inspectedAt: text('inspected_at').notNull(),
    inspectorId: text('inspector_id').notNull(),
    inspectorName: text('inspector_name').notNull(),
    area: text('area').notNull().default(''),
    department: text('department'),
    /** JSON: each template item judged, with the item's text as it was then. */
    results: text('results').notNull(),
    score: integer('score'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('inspections_at').on(t.inspectedAt), index('inspections_plan').on(t.planId)],
);

/** The site's emergency plan (plan_id NULL, one row) and visits' own. */
export const emergencyPlans = sqliteTable(
  'emergency_plans',
  {
    ...syncColumns,
    planId: text('plan_id').references(() => visitPlans.id),
    /** JSON: [{ name, role, phone }]. */
    contacts: text('contacts').notNull().default('[]'),
    assemblyPoint: text('assembly_point').notNull().default(''),
    spareRoom: text('spare_room').notNull().default(''),
    spareVehicle: text('spare_vehicle').notNull().default(''),
    procedures: text('procedures').notNull().default(''),
    updatedByName: text('updated_by_name').notNull().default(''),
  },
  (t) => [uniqueIndex('emergency_plans_scope').on(sql`coalesce(${t.planId}, '')`)],
);

export const emergencyDrills = sqliteTable(
  'emergency_drills',
  {
    ...syncColumns,
    heldAt: text('held_at').notNull(),
    scenario: text('scenario', { enum: DRILL_SCENARIOS }).notNull(),
    title: text('title').notNull().default(''),
    /** JSON array of names. */
    participants: text('participants').notNull(),
    findings: text('findings').notNull().default(''),
    actions: text('actions').notNull().default(''),
    recordedById: text('recorded_by_id').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
  },
  (t) => [index('emergency_drills_at').on(t.heldAt)],
);
