import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../context/DeskContext';
import { SEARCH_GROUPS, SOURCES, type Found, type SearchGroup } from './searchSources';

/** Typing pauses this long before the groups are asked. */
export const SEARCH_DEBOUNCE_MS = 250;

export interface SearchState {
  /** The query the groups answered for. */
  query: string;
  groups: { group: SearchGroup; items: Found[] }[];
  /** Some group failed (a channel not answering, an error): the others are shown. */
  partial: boolean;
  busy: boolean;
}

const IDLE: SearchState = { query: '', groups: [], partial: false, busy: false };

/**
 * Asks every group the user may read, in parallel, as they type; shows the
 * groups that answered (a group whose channel fails is left out, noted as
 * `partial`). An older answer never replaces a newer one.
 */
export function useGlobalSearch(query: string): SearchState {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [state, setState] = useState<SearchState>(IDLE);
  const asked = useRef(0);
  useEffect(() => {
    const q = query.trim();
    const seq = ++asked.current;
    if (!q) {
      setState(IDLE);
      return;
    }
    setState((s) => ({ ...s, busy: true }));
    const timer = window.setTimeout(() => {
      const groups = SEARCH_GROUPS.filter((g) => can(SOURCES[g].permission));
      void Promise.allSettled(groups.map((g) => SOURCES[g].run(q, t))).then((answers) => {
        if (seq !== asked.current) return;
        const found = answers.map((a, i) => ({ group: groups[i]!, items: a.status === 'fulfilled' && a.value.ok ? a.value.value : null }));
        setState({
          query: q,
          groups: found.filter((f): f is { group: SearchGroup; items: Found[] } => f.items !== null && f.items.length > 0),
          partial: found.some((f) => f.items === null),
          busy: false,
        });
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, can, t]);
  return state;
}
