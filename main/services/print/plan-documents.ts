import type { Locale, GuestItineraryJob, TeamItineraryJob, WelcomeSignJob } from '../../../contract/print';
import type { PlanDetail } from '../../../contract/plans';
import { teamContactOf } from '../plans';

/** What every document of a print run shares: its language, the desk, the host organisation, and when it was printed. */
export interface DocumentBase {
  locale: Locale;
  siteName: string;
  hostName: string;
  hostLogo: string | null;
  /** Local `YYYY-MM-DDTHH:mm`. */
  printedAt: string;
}

type Plan = Pick<PlanDetail, 'guests' | 'team' | 'expectedHeadcount'>;

/** The party's size: the named guests, or the expected headcount when more are coming than are named yet. */
export function headcountOf(plan: Plan): number {
  return Math.max(plan.guests.length, plan.expectedHeadcount);
}

export function leadGuestOf(plan: Plan): { name: string; title: string } | null {
  const lead = plan.guests.find((g) => g.isLead);
  return lead ? { name: lead.name, title: lead.title } : null;
}

/** The greeter (迎宾) is who guests meet and call: the first greeter on the team, if any. */
export function greeterOf(plan: Plan): PlanDetail['team'][number] | null {
  return plan.team.find((m) => m.role === 'greeter') ?? null;
}

function contactOf(plan: Plan): { name: string; phone: string } | null {
  const greeter = greeterOf(plan);
  return greeter ? { name: greeter.primaryName, phone: greeter.primaryPhone } : null;
}

function heading(plan: PlanDetail) {
  return {
    title: plan.title,
    clientName: plan.clientName,
    arrivalAt: plan.arrivalAt,
    departureAt: plan.departureAt,
    headcount: headcountOf(plan),
  };
}

/**
 * The copy handed to guests: where and when, and who to call. Built from an
 * explicit list of fields, never by removing from the full plan, so nothing
 * internal (notes, responsible staff, other staff phones, ID numbers) is in it.
 */
export function guestItinerary(plan: PlanDetail, base: DocumentBase): GuestItineraryJob {
  return {
    kind: 'itinerary',
    audience: 'guests',
    ...base,
    visit: heading(plan),
    leadGuest: leadGuestOf(plan),
    contact: contactOf(plan),
    meetingPoint: plan.itinerary[0]?.place ?? '',
    items: plan.itinerary.map((i) => ({ startsAt: i.startsAt, endsAt: i.endsAt, activity: i.activity, place: i.place })),
  };
}

/** The team's working copy: everything the guests' copy has, plus who does what and what is still open. */
export function teamItinerary(plan: PlanDetail, base: DocumentBase): TeamItineraryJob {
  return {
    kind: 'itinerary',
    audience: 'team',
    ...base,
    visit: { ...heading(plan), status: plan.status, level: plan.level, purpose: plan.purpose, needs: plan.needs, notes: plan.notes },
    leadGuest: leadGuestOf(plan),
    contact: contactOf(plan),
    meetingPoint: plan.itinerary[0]?.place ?? '',
    items: plan.itinerary.map((i) => ({
      startsAt: i.startsAt,
      endsAt: i.endsAt,
      activity: i.activity,
      place: i.place,
      responsible: i.responsible,
      notes: i.notes,
    })),
    team: plan.team.map(teamContactOf),
    guests: plan.guests.map((g) => ({ name: g.name, title: g.title, company: g.company, phone: g.phone, isLead: g.isLead, needs: g.needs })),
    bookings: plan.bookings.map((b) => ({ resourceName: b.resourceName, kind: b.kind, startsAt: b.startsAt, endsAt: b.endsAt, spare: b.spare })),
    warnings: plan.warnings,
  };
}

/** The sign at the entrance names the client organization, or the lead guest when there is none. */
export function welcomeSign(plan: PlanDetail, base: DocumentBase): WelcomeSignJob {
  return {
    kind: 'welcomeSign',
    ...base,
    clientName: plan.clientName,
    leadGuest: plan.clientName ? null : leadGuestOf(plan),
    headcount: headcountOf(plan),
    arrivalAt: plan.arrivalAt,
    departureAt: plan.departureAt,
  };
}
