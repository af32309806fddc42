import type { ChecklistKind, Department, DueAnchor, ItemCheck, LocalText, MaterialKind } from '../../../contract/checklists';
import type { ClientTier } from '../../../contract/clients';
import type { DutyRole, ReceptionLevel, VisitType } from '../../../contract/plans';

/** A shipped template as written in code; ids are given when it is seeded (then kept with the row). */
export interface BuiltInTemplate {
  /** Stable for ever: seeding is idempotent by it, and a manager's edits to the row are kept. */
  key: string;
  name: LocalText;
  kind: ChecklistKind;
  levels: ReceptionLevel[];
  visitTypes: VisitType[];
  clientTiers: ClientTier[];
  sections: { title: LocalText; items: BuiltInItem[] }[];
  materials: { kind: MaterialKind; name: LocalText; perGuest: number; fixed: number }[];
}

export interface BuiltInItem {
  text: LocalText;
  required: boolean;
  department: Department;
  role: DutyRole | null;
  due: { anchor: DueAnchor; offsetMinutes: number };
  check: ItemCheck | null;
}

interface ItemOptions {
  department?: Department;
  role?: DutyRole;
  optional?: boolean;
  check?: ItemCheck;
  /** Minutes from the arrival (negative: before); or from the departure with `after`. */
  at?: number;
  after?: number;
}

/** One item, written on one line: Chinese, English, and what differs from "required, reception, at arrival". */
export function item(zh: string, en: string, o: ItemOptions = {}): BuiltInItem {
  return {
    text: { zh, en },
    required: !o.optional,
    department: o.department ?? 'reception',
    role: o.role ?? null,
    due: o.after === undefined ? { anchor: 'arrival', offsetMinutes: o.at ?? 0 } : { anchor: 'departure', offsetMinutes: o.after },
    check: o.check ?? null,
  };
}

export const t = (zh: string, en: string): LocalText => ({ zh, en });

/** Due offsets people think in. */
export const DAY_BEFORE = -1440;
export const HOURS_BEFORE = (h: number) => -60 * h;
