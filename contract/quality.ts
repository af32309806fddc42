import { z } from 'zod';
import { channel } from './channel';
import { DEPARTMENTS } from './checklists';
import { day, optionalMultilineText, optionalText, phone, refineDayRange, requiredText, uuid } from './fields';
import { localDateTime } from './plans';

/**
 * Quality control (DIGEST 06) and emergencies (DIGEST 01, 02): inspections with
 * scores, the record-completeness audit, compliance rates, the emergency plan
 * per site and per visit, and the drill log.
 */

export const INSPECTION_RESULTS = ['pass', 'fail', 'na'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** Score of an inspection: passes over judged items (not applicable left out), 0–100, or null when nothing was judged. */
export function inspectionScore(results: readonly { result: InspectionResult }[]): number | null {
  const judged = results.filter((r) => r.result !== 'na');
  if (judged.length === 0) return null;
  return Math.round((judged.filter((r) => r.result === 'pass').length / judged.length) * 100);
}

export const inspection = z.object({
  id: z.string(),
  templateId: z.string(),
  templateName: z.object({ zh: z.string(), en: z.string() }),
  planId: z.string().nullable(),
  planTitle: z.string().nullable(),
  inspectedAt: z.string(),
  inspectorName: z.string(),
  area: z.string(),
  department: z.enum(DEPARTMENTS).nullable(),
  results: z.array(
    z.object({
      itemId: z.string(),
      section: z.object({ zh: z.string(), en: z.string() }),
      text: z.object({ zh: z.string(), en: z.string() }),
      result: z.enum(INSPECTION_RESULTS),
      note: z.string(),
    }),
  ),
  score: z.number().int().nullable(),
  notes: z.string(),
});
export type Inspection = z.output<typeof inspection>;

/** What the completeness audit finds, each with where to fix it. */
export const FINDING_KINDS = ['missingRequiredData', 'missingCheckOut', 'missingFeedback', 'unfiled', 'requiredItemsOpen'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
/** For missingRequiredData: what is missing. */
export const MISSING_FIELDS = ['times', 'guests', 'leadGuest', 'greeter', 'guestPhone', 'client', 'host', 'purpose'] as const;

export const finding = z.object({
  kind: z.enum(FINDING_KINDS),
  /** Where to fix it: a plan (plan editor) or a walk-in visit (the desk's lists). */
  planId: z.string().nullable(),
  visitId: z.string().nullable(),
  title: z.string(),
  /** The visit's day or time, local. */
  at: z.string().nullable(),
  missing: z.array(z.enum(MISSING_FIELDS)),
  /** Open items behind requiredItemsOpen / missingFeedback / unfiled. */
  openItems: z.number().int(),
});
export type Finding = z.output<typeof finding>;

export const COMPLIANCE_GROUPS = ['period', 'checklist', 'department', 'person'] as const;
export const COMPLIANCE_PERIODS = ['day', 'week', 'month'] as const;

export const complianceRow = z.object({
  /** The period's first day, the template id, the department or the person's name. */
  key: z.string(),
  /** The template's name for `checklist`; else equal to key. */
  label: z.object({ zh: z.string(), en: z.string() }),
  /** Items due in the range, not counting not-applicable ones. */
  due: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  /** Still open (or a problem) after their due time. */
  missed: z.number().int(),
  notApplicable: z.number().int(),
  /** onTime / due, 0–100; null when nothing was due. */
  rate: z.number().nullable(),
});
export type ComplianceRow = z.output<typeof complianceRow>;

export const emergencyContact = z.strictObject({ name: requiredText(50), role: optionalText(50), phone });

export const emergencyPlanInput = z.strictObject({
  contacts: z.array(emergencyContact, 'invalidType').max(20, 'tooMany'),
  assemblyPoint: optionalText(100),
  spareRoom: optionalText(100),
  spareVehicle: optionalText(100),
  /** What to do on equipment failure, bad weather, a fire, a conflict. */
  procedures: optionalMultilineText(2000),
});

export const emergencyPlan = z.object({
  contacts: z.array(z.object({ name: z.string(), role: z.string(), phone: z.string() })),
  assemblyPoint: z.string(),
  spareRoom: z.string(),
  spareVehicle: z.string(),
  procedures: z.string(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string(),
});
export type EmergencyPlan = z.output<typeof emergencyPlan>;

export const DRILL_SCENARIOS = ['fire', 'equipmentFailure', 'badWeather', 'conflict', 'medical', 'powerCut', 'other'] as const;

export const drill = z.object({
  id: z.string(),
  heldAt: z.string(),
  scenario: z.enum(DRILL_SCENARIOS),
  title: z.string(),
  participants: z.array(z.string()),
  findings: z.string(),
  actions: z.string(),
  recordedByName: z.string(),
});
export type Drill = z.output<typeof drill>;

const range = { from: day.optional(), to: day.optional() };

/** Free-text fields of inspections and drills; forms read their limits from here. */
export const qualityFields = {
  area: optionalText(100),
  resultNote: optionalText(200),
  inspectionNotes: optionalMultilineText(1000),
  drillTitle: optionalText(100),
  findings: optionalMultilineText(2000),
  actions: optionalMultilineText(1000),
};

export const quality = {
  inspections: channel({
    input: () => z.strictObject({ ...range, planId: uuid.optional() }).superRefine(refineDayRange),
    output: () => z.array(inspection),
    permission: 'checklists.view',
  }),
  /** Records an inspection against an inspection template; every item of the template is judged once. */
  recordInspection: channel({
    input: () => z.strictObject({
      templateId: uuid,
      planId: uuid.nullable().default(null),
      inspectedAt: localDateTime,
      area: qualityFields.area,
      department: z.enum(DEPARTMENTS, 'invalidOption').nullable().default(null),
      results: z
        .array(z.strictObject({ itemId: uuid, result: z.enum(INSPECTION_RESULTS, 'invalidOption'), note: qualityFields.resultNote }), 'invalidType')
        .min(1, 'required')
        .max(500, 'tooMany'),
      notes: qualityFields.inspectionNotes,
    }),
    output: () => inspection,
    permission: 'checklists.manage',
  }),
  /** Visits in the range whose record is not complete, each with where to fix it. */
  completeness: channel({
    input: () => z.strictObject({ from: day, to: day }).superRefine(refineDayRange),
    output: () => z.object({ findings: z.array(finding), plansChecked: z.number().int(), visitsChecked: z.number().int() }),
    permission: 'checklists.view',
  }),
  /** On-time rates of items due in the range, grouped; and the inspections' average score. */
  compliance: channel({
    input: () => z
      .strictObject({ from: day, to: day, by: z.enum(COMPLIANCE_GROUPS, 'invalidOption'), period: z.enum(COMPLIANCE_PERIODS, 'invalidOption').default('week') })
      .superRefine(refineDayRange),
    output: () => z.object({
      rows: z.array(complianceRow),
      total: complianceRow,
      inspections: z.object({ count: z.number().int(), averageScore: z.number().nullable() }),
    }),
    permission: 'checklists.view',
  }),
  /** The site's emergency plan (planId null) or a visit's own; a visit without one shows the site's. */
  emergencyPlan: channel({
    input: () => z.strictObject({ planId: uuid.nullable().default(null) }),
    output: () => emergencyPlan.extend({ inherited: z.boolean() }),
    permission: 'checklists.view',
  }),
  /** The site's plan needs checklists.manage; a visit's own, plans.manage (checked in main). */
  saveEmergencyPlan: channel({
    input: () => z.strictObject({ planId: uuid.nullable().default(null), plan: emergencyPlanInput }),
    output: () => emergencyPlan.extend({ inherited: z.boolean() }),
    permission: 'plans.manage',
  }),
  drills: channel({ input: () => z.strictObject(range).superRefine(refineDayRange), output: () => z.array(drill), permission: 'checklists.view' }),
  /** Logs a drill (no id) or corrects one. */
  saveDrill: channel({
    input: () => z.strictObject({
      id: uuid.optional(),
      heldAt: localDateTime,
      scenario: z.enum(DRILL_SCENARIOS, 'invalidOption'),
      title: qualityFields.drillTitle,
      participants: z.array(requiredText(50), 'invalidType').min(1, 'required').max(200, 'tooMany'),
      findings: qualityFields.findings,
      actions: qualityFields.actions,
    }),
    output: () => drill,
    permission: 'checklists.tick',
  }),
};
