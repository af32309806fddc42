import type { Input } from '../../../../contract';
import { needs as needsSchema, type Needs, type PlanDetail } from '../../../../contract/plans';
import { maxLengthOf } from '../../lib/fieldLimit';

export type GuestRow = PlanDetail['guests'][number];
export type NeedKey = keyof Needs;
export const NEED_KEYS: readonly NeedKey[] = ['diet', 'transport', 'accessibility', 'other'];

/** Main's schema for each need, so a cell's limit is the one main holds it to. */
export const NEED_SCHEMA = needsSchema.shape;

/** Counted as main counts (trimmed); `max` and `count` word the `forms.tooLong` message. */
export function needTooLong(row: GuestRow, key: NeedKey): { max: number; count: number } | null {
  const max = maxLengthOf(NEED_SCHEMA[key]);
  const count = row.needs[key].trim().length;
  return max !== undefined && count > max ? { max, count } : null;
}

/** The first need too long on the list, for the refused save's message. */
export function firstNeedTooLong(rows: GuestRow[]): { row: GuestRow; key: NeedKey; max: number; count: number } | null {
  for (const row of rows) {
    for (const key of NEED_KEYS) {
      const over = needTooLong(row, key);
      if (over) return { row, key, ...over };
    }
  }
  return null;
}

export const NO_NEEDS: Needs = { diet: '', transport: '', accessibility: '', other: '' };

/** Someone found in the directory, as a new line of the guest list. */
export function guestOf(person: { id: string; name: string; title?: string; company: string; phone: string }): GuestRow {
  return { personId: person.id, name: person.name, title: person.title ?? '', company: person.company, phone: person.phone, isLead: false, needs: { ...NO_NEEDS } };
}

/**
 * Adds the people not on the list yet. Nobody becomes lead by being first:
 * the coordinator chooses, and main warns until they have.
 */
export function withGuests(rows: GuestRow[], added: GuestRow[]): GuestRow[] {
  const fresh = added.filter((g, i) => !rows.some((r) => r.personId === g.personId) && added.findIndex((o) => o.personId === g.personId) === i);
  return [...rows, ...fresh];
}

/** One lead at most: choosing a guest takes the role from the others. */
export function withLead(rows: GuestRow[], personId: string): GuestRow[] {
  return rows.map((g) => ({ ...g, isLead: g.personId === personId }));
}

export function withNeed(rows: GuestRow[], personId: string, key: NeedKey, value: string): GuestRow[] {
  return rows.map((g) => (g.personId === personId ? { ...g, needs: { ...g.needs, [key]: value } } : g));
}

type GuestInput = Input<'plans', 'setGuests'>['guests'][number];

export function guestsInput(rows: GuestRow[]): GuestInput[] {
  return rows.map((g) => ({
    personId: g.personId,
    isLead: g.isLead,
    needs: { diet: g.needs.diet.trim(), transport: g.needs.transport.trim(), accessibility: g.needs.accessibility.trim(), other: g.needs.other.trim() },
  }));
}

/** Same people with the same lead and needs, whatever the order (main lists the lead first). */
export function sameGuests(a: GuestRow[], b: GuestRow[]): boolean {
  const text = (rows: GuestRow[]) => JSON.stringify(guestsInput(rows).sort((x, y) => x.personId.localeCompare(y.personId)));
  return text(a) === text(b);
}
