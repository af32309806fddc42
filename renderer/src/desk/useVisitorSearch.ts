import { useCallback, useEffect, useRef, useState } from 'react';
import type { VisitorSummary } from '../../../contract/visitors';
import { api } from '../api/client';

/** Short enough to feel instant, long enough not to query on every keystroke of a fast typist. */
const DEBOUNCE_MS = 150;

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
