import type { VisitSummary } from '../../../contract/visits';

/** Local filter over what the desk already shows: no round trip per keystroke. */
export function filterVisits(visits: VisitSummary[], text: string): VisitSummary[] {
  const q = text.trim().toLowerCase();
  if (!q) return visits;
  return visits.filter((v) =>
    [v.name, v.company, v.host, v.badgeNo, v.phone, v.purpose].some((field) => field.toLowerCase().includes(q)),
  );
}
