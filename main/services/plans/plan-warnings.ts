import { KEY_TEAM_ROLES, type ItineraryItem, type PLAN_WARNINGS, type PlanDetail } from '../../../contract/plans';

type Warning = (typeof PLAN_WARNINGS)[number];

/** What a coordinator should look at before confirming; none blocks saving. */
export function planWarnings(
  plan: { expectedHeadcount: number; level: string },
  guests: { isLead: boolean }[],
  itinerary: ItineraryItem[],
  team: PlanDetail['team'],
  bookings: PlanDetail['bookings'],
): Warning[] {
  const warnings: Warning[] = [];
  if (itinerary.some((i) => i.overlapsWith.length > 0)) warnings.push('itineraryOverlap');
  if (itinerary.some((i) => i.outsideVisit)) warnings.push('itineraryOutsideVisit');
  if (guests.length > 0 && guests.length !== plan.expectedHeadcount) warnings.push('headcountMismatch');
  if (guests.length > 0 && !guests.some((g) => g.isLead)) warnings.push('noLeadGuest');
  if (team.some((m) => (KEY_TEAM_ROLES as readonly string[]).includes(m.role) && !m.backupName)) warnings.push('roleWithoutBackup');
  if (team.some((m) => m.doubleBookedOn.length > 0)) warnings.push('staffDoubleBooked');
  // A VIP visit keeps a spare room and a spare vehicle for emergencies (DIGEST 01).
  if (plan.level === 'vip' && !bookings.some((b) => b.spare && b.kind === 'room')) warnings.push('noSpareRoom');
  if (plan.level === 'vip' && !bookings.some((b) => b.spare && b.kind === 'vehicle')) warnings.push('noSpareVehicle');
  return warnings;
}
