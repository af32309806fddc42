import type { Input } from '../../../../contract';
import { plans, type ItineraryItem } from '../../../../contract/plans';
import { outsideWindow, overlapsById, type TimeSpan } from '../../../../contract/time-spans';
import { maxLengthOf } from '../../lib/fieldLimit';
import { joinLocal, minutesOf, normalizeTime, splitLocal, timeOf } from './localTime';

/** One itinerary line as the table edits it: date and times apart, as typed. */
export interface ItineraryRow {
  /** Stable React key: the item's id, or a made-up one until main gives it an id. */
  key: string;
  id?: string;
  date: string;
  start: string;
  end: string;
  activity: string;
  place: string;
  responsible: string;
  notes: string;
}

/** The free-text cells, each held to main's maximum for its item field. */
export const TEXT_FIELDS = ['activity', 'place', 'responsible', 'notes'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type RowField = 'date' | 'start' | 'end' | TextField;
/** i18n keys; `forms.tooLong` is worded with the cell's limit and its current count (see `tooLongValues`). */
export type RowProblems = Partial<Record<RowField, string>>;

export const TOO_LONG = 'forms.tooLong';

/** The longest text each cell may hold, read from the save call's own item schema (one source of the limit). */
export const itemShape = plans.saveItinerary.input.shape.items.element.shape;
export const TEXT_MAX: Record<TextField, number> = Object.fromEntries(TEXT_FIELDS.map((f) => [f, maxLengthOf(itemShape[f]) ?? Infinity])) as Record<TextField, number>;

export function isTextField(field: RowField): field is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(field);
}

/** Counted as main counts: the trimmed text, in UTF-16 units. */
export function tooLong(row: ItineraryRow, field: TextField): boolean {
  return row[field].trim().length > TEXT_MAX[field];
}

/** The limit and the count, for the `forms.tooLong` message. */
export function tooLongValues(row: ItineraryRow, field: TextField): { max: number; count: number } {
  return { max: TEXT_MAX[field], count: row[field].trim().length };
}

/** Why an item is highlighted: the rows it overlaps, and whether it falls outside the visit. */
export interface RowClash {
  overlaps: ItineraryRow[];
  before: boolean;
  after: boolean;
}

let nextKey = 0;
function newKey(): string {
  return `new-${++nextKey}`;
}

export function rowsOf(items: ItineraryItem[]): ItineraryRow[] {
  return items.map((item) => {
    const start = splitLocal(item.startsAt);
    const end = splitLocal(item.endsAt);
    return {
      key: item.id,
      id: item.id,
      date: start?.date ?? '',
      start: start?.time ?? '',
      end: end?.time ?? '',
      activity: item.activity,
      place: item.place,
      responsible: item.responsible,
      notes: item.notes,
    };
  });
}

const DEFAULT_MINUTES = 60;

/**
 * A new line after `previous`: same day, starting when it ends, an hour long.
 * The first line starts at the arrival time (or 09:00 on the arrival day, or today).
 */
export function rowAfter(previous: ItineraryRow | undefined, arrivalAt: string | null, today: string): ItineraryRow {
  const arrival = splitLocal(arrivalAt);
  const date = previous?.date || arrival?.date || today;
  const startTime = normalizeTime(previous?.end ?? '') ?? arrival?.time ?? '09:00';
  const start = minutesOf(startTime);
  return { key: newKey(), date, start: timeOf(start), end: timeOf(start + DEFAULT_MINUTES), activity: '', place: '', responsible: '', notes: '' };
}

/** A copy of `row` placed right after it, with the same length, so it does not start out overlapping. */
export function duplicateOf(row: ItineraryRow): ItineraryRow {
  const start = normalizeTime(row.start);
  const end = normalizeTime(row.end);
  const length = start && end && end > start ? minutesOf(end) - minutesOf(start) : DEFAULT_MINUTES;
  const from = end ? minutesOf(end) : minutesOf(start ?? '09:00') + DEFAULT_MINUTES;
  return { ...row, key: newKey(), id: undefined, start: timeOf(from), end: timeOf(from + length) };
}

/** By day, then by start as meant (`9` is 09:00): a cell still being typed is not yet tidied. */
export function sortRows(rows: ItineraryRow[]): ItineraryRow[] {
  const at = (row: ItineraryRow) => `${row.date}T${normalizeTime(row.start) ?? row.start}`;
  return [...rows].sort((a, b) => at(a).localeCompare(at(b)));
}

/** What is wrong with a line before main sees it, as i18n keys. */
export function problemsOf(row: ItineraryRow): RowProblems {
  const problems: RowProblems = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) problems.date = 'planEditor.itinerary.badDate';
  const start = normalizeTime(row.start);
  const end = normalizeTime(row.end);
  if (!start) problems.start = 'planEditor.itinerary.badTime';
  if (!end) problems.end = 'planEditor.itinerary.badTime';
  else if (start && end <= start) problems.end = 'errors.itinerary.endBeforeStart';
  if (!row.activity.trim()) problems.activity = 'errors.required';
  // Never cut as typed or pasted: an over-long cell is marked and the save refused, the text kept whole.
  for (const field of TEXT_FIELDS) if (tooLong(row, field)) problems[field] = TOO_LONG;
  return problems;
}

function span(row: ItineraryRow): TimeSpan | null {
  const start = normalizeTime(row.start);
  const end = normalizeTime(row.end);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date) || !start || !end || end <= start) return null;
  return { startsAt: joinLocal(row.date, start), endsAt: joinLocal(row.date, end) };
}

/**
 * Overlaps and out-of-visit lines, shown while the coordinator types, before
 * anything is saved: main's own rules (contract/time-spans.ts) on the rows as typed.
 */
export function clashesOf(rows: ItineraryRow[], arrivalAt: string | null, departureAt: string | null): Map<string, RowClash> {
  const timed = rows.flatMap((row) => {
    const s = span(row);
    return s ? [{ ...s, id: row.key, row }] : [];
  });
  const byKey = new Map(timed.map((t) => [t.id, t.row]));
  const overlapping = overlapsById(timed);
  const result = new Map<string, RowClash>();
  for (const t of timed) {
    const overlaps = (overlapping.get(t.id) ?? []).map((key) => byKey.get(key)!);
    const { before, after } = outsideWindow(t, arrivalAt, departureAt);
    if (overlaps.length > 0 || before || after) result.set(t.id, { overlaps, before, after });
  }
  return result;
}

type SaveItem = Input<'plans', 'saveItinerary'>['items'][number];

export function itemsOf(rows: ItineraryRow[]): SaveItem[] {
  return rows.map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    startsAt: joinLocal(row.date, normalizeTime(row.start) ?? row.start),
    endsAt: joinLocal(row.date, normalizeTime(row.end) ?? row.end),
    activity: row.activity.trim(),
    place: row.place.trim(),
    responsible: row.responsible.trim(),
    notes: row.notes.trim(),
  }));
}

/** Whether the table says the same as the saved itinerary (keys aside). */
export function sameRows(a: ItineraryRow[], b: ItineraryRow[]): boolean {
  const text = (rows: ItineraryRow[]) => JSON.stringify(itemsOf(rows));
  return text(a) === text(b);
}
