import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupStatus, SnapshotView } from '../../../contract/backup';
import type { ApiError, Result } from '../../../contract/result';
import { api } from '../api/client';

/** While an operation runs, its progress moves every second; otherwise a slow look for a scheduled run or a plugged-in disk. */
const RUNNING_POLL_MS = 1000;
const IDLE_POLL_MS = 15_000;

/**
 * The backup screen's data: main's status (polled, quickly while something
 * runs) and the snapshot history (read again whenever an operation ends).
 */
export function useBackup() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [snapshots, setSnapshots] = useState<SnapshotView[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const wasRunning = useRef(false);

  const loadList = useCallback(async () => {
    const result = await api.backup.list({});
    if (result.ok) setSnapshots(result.value.snapshots);
    else setError(result.error);
  }, []);

  /** Takes a status from any call (poll or action); an operation that just ended brings a new history. */
  const take = useCallback(
    (next: BackupStatus) => {
      setStatus(next);
      setError(null);
      const running = next.running !== null;
      if (wasRunning.current && !running) void loadList();
      wasRunning.current = running;
    },
    [loadList],
  );

  const loadStatus = useCallback(async () => {
    const result = await api.backup.status({});
    if (result.ok) take(result.value);
    else setError(result.error);
  }, [take]);

  useEffect(() => {
    void loadStatus();
    void loadList();
  }, [loadStatus, loadList]);

  const running = status?.running !== null && status !== null;
  useEffect(() => {
    const timer = window.setInterval(() => void loadStatus(), running ? RUNNING_POLL_MS : IDLE_POLL_MS);
    return () => window.clearInterval(timer);
  }, [loadStatus, running]);

  /** Runs an action that answers with the new status; returns its error, if any, for the caller to show. */
  const act = useCallback(
    async (call: () => Promise<Result<BackupStatus>>): Promise<ApiError | null> => {
      const result = await call();
      if (!result.ok) return result.error;
      take(result.value);
      // An action that finished at once (a schedule saved, a target removed) may still change the history.
      if (result.value.running === null) void loadList();
      return null;
    },
    [take, loadList],
  );

  return { status, snapshots, error, act, reload: loadStatus };
}
