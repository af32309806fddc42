import type { ItineraryItem, PLAN_WARNINGS } from '../../../contract/plans';

type Warning = (typeof PLAN_WARNINGS)[number];

interface RawItem {
  id: string;
  startsAt: string;
  endsAt: string;
}

/** Items whose times overlap, by id. Local `YYYY-MM-DDTHH:mm` strings compare correctly as text. */
export function overlaps(items: RawItem[]): Map<string, string[]> {
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const found = new Map<string, string[]>(items.map((i) => [i.id, []]));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.startsAt < sorted[i]!.endsAt; j++) {
      found.get(sorted[i]!.id)!.push(sorted[j]!.id);
      found.get(sorted[j]!.id)!.push(sorted[i]!.id);
    }
  }
  return found;
}

export function outsideVisit(item: RawItem, arrivalAt: string | null, departureAt: string | null): boolean {
  return (!!arrivalAt && item.startsAt < arrivalAt) || (!!departureAt && item.endsAt > departureAt);
}

/** What a coordinator should look at before confirming; none blocks saving. */
export function planWarnings(plan: { expectedHeadcount: number }, guests: { isLead: boolean }[], itinerary: ItineraryItem[]): Warning[] {
  const warnings: Warning[] = [];
  if (itinerary.some((i) => i.overlapsWith.length > 0)) warnings.push('itineraryOverlap');
  if (itinerary.some((i) => i.outsideVisit)) warnings.push('itineraryOutsideVisit');
  if (guests.length > 0 && guests.length !== plan.expectedHeadcount) warnings.push('headcountMismatch');
  if (guests.length > 0 && !guests.some((g) => g.isLead)) warnings.push('noLeadGuest');
  return warnings;
}
