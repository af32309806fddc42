import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Input } from '../../../../contract';
import { needs, planFields, type Needs, type PlanDetail, type RECEPTION_LEVELS, type VisitType } from '../../../../contract/plans';
import { issueText } from '../../lib/errors';
import { schemaRule } from '../../lib/schemaRule';
import { parseWhole } from '../../lib/parseWhole';
import { wholeNumberRule } from '../../lib/wholeNumber';

export type Level = (typeof RECEPTION_LEVELS)[number];

export interface BasicsValues {
  title: string;
  clientId: string | null;
  purpose: string;
  level: Level;
  visitType: VisitType;
  arrivalAt: Dayjs | null;
  departureAt: Dayjs | null;
  /** As typed: a text that is not a whole number is an error, never 1. */
  expectedHeadcount: number | string | null;
  needs: Needs;
  notes: string;
}

const LOCAL_FORMAT = 'YYYY-MM-DDTHH:mm';

export function valuesOf(plan: PlanDetail): BasicsValues {
  return {
    title: plan.title,
    clientId: plan.clientId,
    purpose: plan.purpose,
    level: plan.level,
    visitType: plan.visitType,
    arrivalAt: plan.arrivalAt ? dayjs(plan.arrivalAt) : null,
    departureAt: plan.departureAt ? dayjs(plan.departureAt) : null,
    expectedHeadcount: plan.expectedHeadcount,
    needs: { ...plan.needs },
    notes: plan.notes,
  };
}

function localOf(value: Dayjs | null | undefined): string | null {
  return value && value.isValid() ? value.format(LOCAL_FORMAT) : null;
}

type Patch = Omit<Input<'plans', 'update'>, 'id'>;

/** Only what differs from the plan, so `plans.update` and its audit entry name exactly that. */
export function changesOf(plan: PlanDetail, v: BasicsValues): Patch {
  const patch: Patch = {};
  const trim = (s: string | undefined) => (s ?? '').trim();
  if (trim(v.title) !== plan.title) patch.title = trim(v.title);
  if ((v.clientId ?? null) !== plan.clientId) patch.clientId = v.clientId ?? null;
  if (trim(v.purpose) !== plan.purpose) patch.purpose = trim(v.purpose);
  if (v.level !== plan.level) patch.level = v.level;
  if (v.visitType !== plan.visitType) patch.visitType = v.visitType;
  if (localOf(v.arrivalAt) !== plan.arrivalAt) patch.arrivalAt = localOf(v.arrivalAt);
  if (localOf(v.departureAt) !== plan.departureAt) patch.departureAt = localOf(v.departureAt);
  // Not a number (NaN) counts as a change, so the tab is unsaved and its rule says why.
  const headcount = parseWhole(v.expectedHeadcount);
  if (headcount !== null && headcount !== plan.expectedHeadcount) patch.expectedHeadcount = headcount;
  const needs: Needs = {
    diet: trim(v.needs?.diet),
    transport: trim(v.needs?.transport),
    accessibility: trim(v.needs?.accessibility),
    other: trim(v.needs?.other),
  };
  if (JSON.stringify(needs) !== JSON.stringify(plan.needs)) patch.needs = needs;
  if (trim(v.notes) !== plan.notes) patch.notes = trim(v.notes);
  return patch;
}

/** The same limits `plans.update` enforces in main. */
export const basicsRules = {
  title: [schemaRule(planFields.title)] satisfies FormRule[],
  purpose: [schemaRule(planFields.purpose)] satisfies FormRule[],
  need: [schemaRule(needs.shape.diet)] satisfies FormRule[],
  other: [schemaRule(needs.shape.other)] satisfies FormRule[],
  notes: [schemaRule(planFields.notes)] satisfies FormRule[],
  headcount: [wholeNumberRule(planFields.expectedHeadcount, true)] satisfies FormRule[],
};

/** Departure after arrival, as main checks it: the message shows on the departure field. */
export function departureRule(arrival: () => Dayjs | null | undefined): FormRule {
  return {
    validator: async (_rule, value: Dayjs | null | undefined) => {
      const from = arrival();
      if (value && from && !value.isAfter(from)) throw new Error(issueText('plan.departureBeforeArrival'));
    },
  };
}

/** Where main reports a problem → the form field (antd name path). */
export const BASICS_ISSUE_FIELDS: Record<string, (string | number)[]> = {
  title: ['title'],
  clientId: ['clientId'],
  purpose: ['purpose'],
  level: ['level'],
  visitType: ['visitType'],
  arrivalAt: ['arrivalAt'],
  departureAt: ['departureAt'],
  expectedHeadcount: ['expectedHeadcount'],
  'needs.diet': ['needs', 'diet'],
  'needs.transport': ['needs', 'transport'],
  'needs.accessibility': ['needs', 'accessibility'],
  'needs.other': ['needs', 'other'],
  notes: ['notes'],
};
