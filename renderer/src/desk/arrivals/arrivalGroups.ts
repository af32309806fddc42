import type { ExpectedGuest, VisitSummary } from '../../../../contract/visits';

/** An expected guest, keyed for the desk. */
export interface ArrivalGuest extends ExpectedGuest {
  /** Unique across plans: the same person may be invited to two visits today. */
  key: string;
}

/** One reception plan's guests, as one group on the desk. */
export interface ArrivalGroup {
  planId: string;
  title: string;
  level: ExpectedGuest['level'];
  arrivalAt: string | null;
  clientName: string | null;
  /** Who greets the group: the default host of their visits. */
  greeter: string | null;
  guests: ArrivalGuest[];
}

export const guestKey = (planId: string, personId: string) => `${planId}:${personId}`;

export const hasArrived = (guest: ExpectedGuest) => guest.visitId !== null;

/** Groups main's flat list by plan, keeping its order (arrival time, then lead first). */
export function buildGroups(expected: ExpectedGuest[]): ArrivalGroup[] {
  const groups = new Map<string, ArrivalGroup>();
  for (const guest of expected) {
    let group = groups.get(guest.planId);
    if (!group) {
      group = {
        planId: guest.planId,
        title: guest.planTitle,
        level: guest.level,
        arrivalAt: guest.arrivalAt,
        clientName: guest.clientName,
        greeter: guest.greeter,
        guests: [],
      };
      groups.set(guest.planId, group);
    }
    group.guests.push({ ...guest, key: guestKey(guest.planId, guest.personId) });
  }
  return [...groups.values()];
}

/** Guests of every group who have not checked in yet: the number on the tab. */
export function waitingCount(groups: ArrivalGroup[]): number {
  return groups.reduce((n, g) => n + g.guests.filter((guest) => !hasArrived(guest)).length, 0);
}

/** "V261127KMX0012–0023": the full first number, then the last one's sequence, as a receptionist reads them. */
export function badgeRange(visits: Pick<VisitSummary, 'badgeNo'>[]): string {
  const numbers = visits.map((v) => v.badgeNo).sort();
  const first = numbers[0] ?? '';
  const last = numbers.at(-1) ?? '';
  if (numbers.length <= 1 || first === last) return first;
  const tail = 4;
  const samePrefix = first.length === last.length && first.slice(0, -tail) === last.slice(0, -tail);
  return `${first}–${samePrefix ? last.slice(-tail) : last}`;
}
