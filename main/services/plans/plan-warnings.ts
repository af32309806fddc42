import type { ItineraryItem, LevelRule, PLAN_WARNINGS, PlanDetail } from '../../../contract/plans';

type Warning = (typeof PLAN_WARNINGS)[number];

export interface WarningFacts {
  guests: { isLead: boolean }[];
  itinerary: ItineraryItem[];
  team: PlanDetail['team'];
  bookings: PlanDetail['bookings'];
  /** What the plan's reception level asks for (the level rules a manager keeps). */
  rule: LevelRule;
  hasRehearsal: boolean;
}

/** What a coordinator should look at before confirming; none blocks saving. */
export function planWarnings(plan: { expectedHeadcount: number }, f: WarningFacts): Warning[] {
  const warnings: Warning[] = [];
  if (f.itinerary.some((i) => i.overlapsWith.length > 0)) warnings.push('itineraryOverlap');
  if (f.itinerary.some((i) => i.outsideVisit)) warnings.push('itineraryOutsideVisit');
  if (f.guests.length > 0 && f.guests.length !== plan.expectedHeadcount) warnings.push('headcountMismatch');
  if (f.guests.length > 0 && !f.guests.some((g) => g.isLead)) warnings.push('noLeadGuest');
  // The A/B rule, for the roles the level names (DIGEST 01).
  if (f.team.some((m) => (f.rule.standInRoles as readonly string[]).includes(m.role) && !m.backupName)) warnings.push('roleWithoutBackup');
  if (f.team.some((m) => m.doubleBookedOn.length > 0)) warnings.push('staffDoubleBooked');
  if (f.team.filter((m) => m.primaryName.trim() !== '').length < f.rule.minStaff) warnings.push('tooFewStaff');
  if (f.rule.rehearsal && !f.hasRehearsal) warnings.push('noRehearsal');
  // A spare room and vehicle for emergencies, where the level asks for them (DIGEST 01).
  if (f.rule.spareRoom && !f.bookings.some((b) => b.spare && b.kind === 'room')) warnings.push('noSpareRoom');
  if (f.rule.spareVehicle && !f.bookings.some((b) => b.spare && b.kind === 'vehicle')) warnings.push('noSpareVehicle');
  return warnings;
}
