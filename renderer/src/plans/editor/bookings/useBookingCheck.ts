import { useEffect, useRef, useState } from 'react';
import type { BookingConflict } from '../../../../../contract/plans';
import type { ApiError } from '../../../../../contract/result';
import { api } from '../../../api/client';

/** Long enough not to ask main on every arrow key in a time field, short enough to feel immediate. */
const DEBOUNCE_MS = 250;

type Wanted = { resourceId: string; startsAt: string; endsAt: string; spare: boolean }[];

/** One booking as main was asked about it: a row whose signature is among the checked ones has a current answer. */
export function bookingSignature(b: { resourceId: string; startsAt: string | null; endsAt: string | null }): string {
  return `${b.resourceId}|${b.startsAt}|${b.endsAt}`;
}

/**
 * Asks main, as the coordinator edits, which of the wanted bookings collide with
 * other open plans. Saves nothing. An answer for an older draft is dropped.
 */
export function useBookingCheck(planId: string, wanted: Wanted, enabled: boolean) {
  const [conflicts, setConflicts] = useState<BookingConflict[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  const [version, setVersion] = useState(0);
  const asked = useRef(0);
  // Only what can clash is asked about: ticking "spare" changes nothing main would answer.
  const key = JSON.stringify(wanted.map(({ resourceId, startsAt, endsAt }) => ({ resourceId, startsAt, endsAt })));

  useEffect(() => {
    const ticket = ++asked.current;
    const bookings = JSON.parse(key) as Omit<Wanted[number], 'spare'>[];
    if (!enabled || bookings.length === 0) {
      setConflicts([]);
      setError(null);
      setChecked(new Set());
      return;
    }
    const timer = setTimeout(() => {
      void api.plans.checkBookings({ planId, bookings }).then((result) => {
        if (ticket !== asked.current) return;
        setError(result.ok ? null : result.error);
        setConflicts(result.ok ? result.value.conflicts : []);
        setChecked(new Set(result.ok ? bookings.map(bookingSignature) : []));
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [planId, key, enabled, version]);

  /** Ask again now: main refused a save, so the picture has changed. */
  const recheck = () => setVersion((v) => v + 1);
  return { conflicts, checked, error, recheck };
}
