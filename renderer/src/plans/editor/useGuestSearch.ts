import { useEffect, useState } from 'react';
import type { VisitorSummary } from '../../../../contract/visitors';
import { api } from '../../api/client';

/** Only gathers a burst (a paste, a scanner): main answers each keystroke in a few milliseconds. */
const DEBOUNCE_MS = 30;
const LIMIT = 8;

/**
 * The directory searched as the coordinator types (name, pinyin, initials,
 * phone, company). `answered` is the query the matches belong to, so "no one
 * found" is only said once main has actually answered for what is typed.
 */
export function useGuestSearch(query: string) {
  const [matches, setMatches] = useState<VisitorSummary[]>([]);
  const [answered, setAnswered] = useState('');
  const wanted = query.trim();

  useEffect(() => {
    if (wanted === '') {
      setMatches([]);
      setAnswered('');
      return;
    }
    let stale = false;
    const timer = window.setTimeout(() => {
      void api.visitors.search({ query: wanted, limit: LIMIT }).then((result) => {
        if (stale) return;
        setMatches(result.ok ? result.value : []);
        setAnswered(wanted);
      });
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [wanted]);

  return { matches: answered === wanted ? matches : [], searching: wanted !== '' && answered !== wanted };
}
