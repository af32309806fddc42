import { useEffect } from 'react';

/**
 * Calls `refresh` now, every `intervalMs`, and whenever the window comes back
 * into view (another desk may have changed things meanwhile). Nothing while
 * `enabled` is false. `refresh` should be stable (useCallback), or it restarts the timer.
 */
export function usePolling(refresh: () => Promise<void>, intervalMs: number, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    void refresh();
    const timer = window.setInterval(() => void refresh(), intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [refresh, intervalMs, enabled]);
}
