import { useCallback, useEffect, useRef, useState } from 'react';
import type { Output } from '../../../contract';
import type { Result } from '../../../contract/result';
import { api } from '../api/client';

type Revealed = Output<'visitors', 'revealId'>;

export interface RevealedId {
  idNumber: string;
  /** Epoch ms when the number goes back to its mask. */
  hideAt: number;
}

/** Never longer than this, whatever `hideAt` says (a wrong clock must not leave a number on screen). */
const MAX_SHOW_MS = 60_000;

/**
 * Full ID numbers a permitted user asked to see, by visitor, each for the
 * short time main allows. Held only in this hook's state: it dies with the
 * desk (lock, sign-out, another screen) and is never written anywhere else.
 */
export function useRevealedIds() {
  const [revealed, setRevealed] = useState<ReadonlyMap<string, RevealedId>>(new Map());
  const timers = useRef(new Map<string, number>());

  const hide = useCallback((personId: string) => {
    window.clearTimeout(timers.current.get(personId));
    timers.current.delete(personId);
    setRevealed((m) => {
      if (!m.has(personId)) return m;
      const next = new Map(m);
      next.delete(personId);
      return next;
    });
  }, []);

  const reveal = useCallback(
    async (personId: string, reason: string): Promise<Result<Revealed>> => {
      const result = await api.visitors.revealId({ personId, reason });
      if (!result.ok) return result;
      const now = Date.now();
      const hideAt = Math.min(Date.parse(result.value.hideAt) || now, now + MAX_SHOW_MS);
      window.clearTimeout(timers.current.get(personId));
      timers.current.set(personId, window.setTimeout(() => hide(personId), Math.max(0, hideAt - now)));
      setRevealed((m) => new Map(m).set(personId, { idNumber: result.value.idNumber, hideAt }));
      return result;
    },
    [hide],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) window.clearTimeout(timer);
      pending.clear();
    };
  }, []);

  return { revealed, reveal, hide };
}
