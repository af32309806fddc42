import type { SessionStatus } from '../../../contract/session';
import { api } from '../api/client';

/** How long a restore may take before the screen gives up waiting (a large desk on a slow disk). */
const RESTART_LIMIT_MS = 10 * 60_000;

/**
 * After a restore, main restarts the desk on the restored data. Waits until
 * `session.status` answers from the new start — recognised by `isRestarted`
 * (nobody signed in any more, or set-up done), not merely by an answer, since
 * the old desk may still answer for a moment — then reloads the page, so no
 * state of the old data stays in memory. Resolves false when the limit passes.
 */
export async function waitForRestart(isRestarted: (status: SessionStatus) => boolean, intervalMs = 1000): Promise<boolean> {
  const until = Date.now() + RESTART_LIMIT_MS;
  while (Date.now() < until) {
    await new Promise((done) => window.setTimeout(done, intervalMs));
    const result = await api.session.status({});
    if (result.ok && isRestarted(result.value)) {
      window.location.reload();
      return true;
    }
  }
  return false;
}
