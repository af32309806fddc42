import type { Input } from '../../../../../contract';
import type { MaterialKind, PlanMaterial } from '../../../../../contract/checklists';

/** A material row being edited; `key` is local, for React. */
export interface MaterialRow {
  key: string;
  id?: string;
  kind: MaterialKind;
  name: string;
  perGuest: number;
  fixed: number;
  quantityOverride: number | null;
  notes: string;
  ready: boolean;
  /** What main counted for the saved row, shown as the placeholder of the override. */
  counted: number | null;
}

let next = 0;
const newKey = () => `material-${++next}`;

export function rowsOf(materials: PlanMaterial[]): MaterialRow[] {
  return materials.map((m) => ({
    key: newKey(),
    id: m.id,
    kind: m.kind,
    name: m.name,
    perGuest: m.perGuest,
    fixed: m.fixed,
    quantityOverride: m.quantityOverride,
    notes: m.notes,
    ready: m.ready,
    counted: m.quantityOverride === null ? m.quantity : null,
  }));
}

export function emptyMaterial(): MaterialRow {
  return { key: newKey(), kind: 'other', name: '', perGuest: 0, fixed: 1, quantityOverride: null, notes: '', ready: false, counted: null };
}

/** What saveMaterials receives: the whole list, trimmed. */
export function materialsInput(rows: MaterialRow[]): Input<'checklists', 'saveMaterials'>['materials'] {
  return rows.map((r) => ({
    ...(r.id ? { id: r.id } : {}),
    kind: r.kind,
    name: r.name.trim(),
    perGuest: r.perGuest,
    fixed: r.fixed,
    quantityOverride: r.quantityOverride,
    notes: r.notes.trim(),
    ready: r.ready,
  }));
}
