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

  const hide = useCallback((visitorId: string) => {
    window.clearTimeout(timers.current.get(visitorId));
    timers.current.delete(visitorId);
    setRevealed((m) => {
      if (!m.has(visitorId)) return m;
      const next = new Map(m);
      next.delete(visitorId);
      return next;
    });
  }, []);

  const reveal = useCallback(
    async (visitorId: string, reason: string): Promise<Result<Revealed>> => {
      const result = await api.visitors.revealId({ visitorId, reason });
      if (!result.ok) return result;
      const now = Date.now();
      const hideAt = Math.min(Date.parse(result.value.hideAt) || now, now + MAX_SHOW_MS);
      window.clearTimeout(timers.current.get(visitorId));
      timers.current.set(visitorId, window.setTimeout(() => hide(visitorId), Math.max(0, hideAt - now)));
      setRevealed((m) => new Map(m).set(visitorId, { idNumber: result.value.idNumber, hideAt }));
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
