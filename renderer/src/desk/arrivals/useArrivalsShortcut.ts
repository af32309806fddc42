import { useEffect, useLayoutEffect, useRef } from 'react';

/** The key that opens today's expected guests with the cursor in their search box, wherever focus is. */
export const ARRIVALS_KEY = 'F3';

export function useArrivalsShortcut(onOpen: () => void): void {
  const ref = useRef(onOpen);
  useLayoutEffect(() => {
    ref.current = onOpen;
  });
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== ARRIVALS_KEY || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      // F3 is also the browser's "find next"; on the desk it means "find a guest".
      e.preventDefault();
      ref.current();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
