/**
 * When spans of local time clash: the one rule for itinerary overlaps, items
 * outside a visit and a resource booked twice. Local `YYYY-MM-DDTHH:mm`
 * strings compare correctly as text (one site, one time zone), so no Date is made.
 *
 * Used by main (services/plans/plan-detail.ts: each item's `overlapsWith` and
 * `outsideVisit`; services/plans/team-and-bookings.ts: a resource twice in one
 * list) and by the plan editor, which marks the same clashes while the
 * coordinator types (plans/editor/itineraryRows.ts, bookings/bookingRows.ts).
 */
export interface TimeSpan {
  startsAt: string;
  endsAt: string;
}

/** Two spans overlap when each starts before the other ends; touching ends (10:00–11:00, 11:00–12:00) do not. */
export function spansOverlap(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** For every item, the ids of the others whose times overlap it, in the items' order; an item clashing with none has []. */
export function overlapsById(items: readonly (TimeSpan & { id: string })[]): Map<string, string[]> {
  return new Map(items.map((item) => [item.id, items.filter((other) => other !== item && spansOverlap(item, other)).map((other) => other.id)]));
}

/** Whether a span starts before the visit's arrival or ends after its departure; an unknown end never counts. */
export function outsideWindow(span: TimeSpan, arrivalAt: string | null, departureAt: string | null): { before: boolean; after: boolean } {
  return { before: !!arrivalAt && span.startsAt < arrivalAt, after: !!departureAt && span.endsAt > departureAt };
}

/** A local day as a span, midnight to midnight (`T24:00` sorts after every time of that day and before the next day's). */
export function daySpan(day: string): TimeSpan {
  return { startsAt: `${day}T00:00`, endsAt: `${day}T24:00` };
}
