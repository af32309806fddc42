import dayjs from 'dayjs';
import type { BookingConflict, PlanDetail, Resource } from '../../../../../contract/plans';
import { spansOverlap } from '../../../../../contract/time-spans';

export type ResourceKind = Resource['kind'];
export const LOCAL_FORMAT = 'YYYY-MM-DDTHH:mm';

/** One booking being edited; `key` is local, for React. */
export interface BookingRow {
  key: string;
  resourceId: string;
  /** As saved, for a resource that has since been deactivated and is no longer listed. */
  resourceName: string;
  kind: ResourceKind;
  startsAt: string | null;
  endsAt: string | null;
  spare: boolean;
}

/** i18n keys: `planTeam.bookings.timeRequired`, `errors.itinerary.endBeforeStart`, `planTeam.bookings.inactive`. */
export type BookingProblem = 'timeRequired' | 'endBeforeStart' | 'inactive';

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `booking-row-${nextKey}`;
}

function isKind(kind: string): kind is ResourceKind {
  return kind === 'room' || kind === 'vehicle' || kind === 'other';
}

export function rowsFromPlan(bookings: PlanDetail['bookings']): BookingRow[] {
  return bookings.map((b) => ({
    key: newKey(),
    resourceId: b.resourceId,
    resourceName: b.resourceName,
    kind: isKind(b.kind) ? b.kind : 'other',
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    spare: b.spare,
  }));
}

/** The visit's own window; without one, today's working hours for the coordinator to adjust. */
export function defaultWindow(plan: Pick<PlanDetail, 'arrivalAt' | 'departureAt'>): { startsAt: string; endsAt: string } {
  if (plan.arrivalAt && plan.departureAt && plan.departureAt > plan.arrivalAt) return { startsAt: plan.arrivalAt, endsAt: plan.departureAt };
  const day = dayjs().format('YYYY-MM-DD');
  return { startsAt: `${day}T09:00`, endsAt: `${day}T17:00` };
}

export function newRow(resource: Resource, plan: Pick<PlanDetail, 'arrivalAt' | 'departureAt'>): BookingRow {
  return { key: newKey(), resourceId: resource.id, resourceName: resource.name, kind: resource.kind, ...defaultWindow(plan), spare: false };
}

export function rowProblem(row: BookingRow, activeIds: ReadonlySet<string>, resourcesLoaded: boolean): BookingProblem | undefined {
  if (!row.startsAt || !row.endsAt) return 'timeRequired';
  if (row.endsAt <= row.startsAt) return 'endBeforeStart';
  if (resourcesLoaded && !activeIds.has(row.resourceId)) return 'inactive';
  return undefined;
}

type CheckableRow = BookingRow & { startsAt: string; endsAt: string };

export function isCheckable(row: BookingRow): row is CheckableRow {
  return !!row.startsAt && !!row.endsAt && row.endsAt > row.startsAt;
}

/** What setBookings and checkBookings receive. */
export function bookingsInput(rows: BookingRow[]) {
  return rows.filter(isCheckable).map((r) => ({ resourceId: r.resourceId, startsAt: r.startsAt, endsAt: r.endsAt, spare: r.spare }));
}

export function sameBookings(a: BookingRow[], b: BookingRow[]): boolean {
  const shape = (rows: BookingRow[]) => JSON.stringify(rows.map((r) => [r.resourceId, r.startsAt, r.endsAt, r.spare]));
  return shape(a) === shape(b);
}

/** Other plans' bookings of this row's resource at overlapping times, as checkBookings found them. */
export function conflictsOfRow(row: BookingRow, conflicts: BookingConflict[], planId: string): BookingConflict[] {
  if (!isCheckable(row)) return [];
  return conflicts.filter((c) => c.planId !== planId && c.resourceId === row.resourceId && spansOverlap(c, row));
}

/** Rows booking the same resource twice at once within this plan; found here, at once, without asking main. */
export function selfOverlaps(rows: BookingRow[]): Set<string> {
  const found = new Set<string>();
  rows.forEach((a, i) => {
    rows.slice(i + 1).forEach((b) => {
      if (a.resourceId === b.resourceId && isCheckable(a) && isCheckable(b) && spansOverlap(a, b)) {
        found.add(a.key);
        found.add(b.key);
      }
    });
  });
  return found;
}

/** The rows' times as the desk writes them: `2026-11-28 14:00 – 17:30`, the day left out when it repeats. */
export function spanText(startsAt: string, endsAt: string): string {
  const from = startsAt.replace('T', ' ');
  const to = endsAt.slice(0, 10) === startsAt.slice(0, 10) ? endsAt.slice(11) : endsAt.replace('T', ' ');
  return `${from} – ${to}`;
}
