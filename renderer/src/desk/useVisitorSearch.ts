import { useCallback, useEffect, useRef, useState } from 'react';
import type { VisitorSummary } from '../../../contract/visitors';
import { api } from '../api/client';

/**
 * Main answers a keystroke in a few milliseconds at any size (the search
 * index), so this only gathers a burst: a barcode scanner or a paste types
 * many characters within a few milliseconds, and one query answers them all.
 */
const DEBOUNCE_MS = 30;

/** Returning-visitor lookup as the receptionist types; stale answers are dropped. */
export function useVisitorSearch(minLength: number) {
  const [matches, setMatches] = useState<VisitorSummary[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(0);

  const search = useCallback(
    (text: string) => {
      window.clearTimeout(timer.current);
      const query = text.trim();
      const ticket = ++latest.current;
      if (query.length < minLength) {
        setMatches([]);
        return;
      }
      timer.current = window.setTimeout(async () => {
        const result = await api.visitors.search({ query, limit: 8 });
        if (ticket === latest.current) setMatches(result.ok ? result.value : []);
      }, DEBOUNCE_MS);
    },
    [minLength],
  );

  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    latest.current++;
    setMatches([]);
  }, []);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { matches, search, clear };
}
