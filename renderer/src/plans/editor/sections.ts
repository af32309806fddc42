import type { PLAN_WARNINGS, PlanDetail } from '../../../../contract/plans';

/** The editor's tabs, in the order Alt+1…Alt+6 reach them. */
export const SECTIONS = ['basics', 'guests', 'itinerary', 'team', 'bookings', 'checklists'] as const;
export type SectionKey = (typeof SECTIONS)[number];

export type PlanWarning = (typeof PLAN_WARNINGS)[number];

/** Where each warning is fixed: its "fix" link and its tab's dot go there. */
export const WARNING_SECTION: Record<PlanWarning, SectionKey> = {
  itineraryOverlap: 'itinerary',
  itineraryOutsideVisit: 'itinerary',
  headcountMismatch: 'guests',
  noLeadGuest: 'guests',
  roleWithoutBackup: 'team',
  staffDoubleBooked: 'team',
  noSpareRoom: 'bookings',
  noSpareVehicle: 'bookings',
  tooFewStaff: 'team',
  noRehearsal: 'checklists',
};

/** How many things each tab holds, for its label; basics has no count. */
export function sectionCount(plan: PlanDetail, key: SectionKey): number | null {
  if (key === 'guests') return plan.guests.length;
  if (key === 'itinerary') return plan.itinerary.length;
  if (key === 'team') return plan.team.length;
  if (key === 'bookings') return plan.bookings.length;
  // Open items, from the plan's summary: what is left to do.
  if (key === 'checklists') return plan.checklist.total === 0 ? null : plan.checklist.open;
  return null;
}

export function sectionsWithWarnings(warnings: readonly PlanWarning[]): Set<SectionKey> {
  return new Set(warnings.map((w) => WARNING_SECTION[w]));
}
