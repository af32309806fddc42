import type { VerifyProgress } from '../../../contract/audit';
import { api } from '../api/client';
import { useMainJob, type MainJobState } from '../lib/useMainJob';

/** How often a running verify is asked how far it got. */
const POLL_MS = 250;

/** A verify's request: incremental (false) or from the first entry (true). */
export type VerifyJobState = MainJobState<boolean, VerifyProgress>;

/**
 * One verify of the hash chain, run by main as a job: start it (incremental,
 * or `full`), follow it until it ends, cancel it. A verify still running when
 * the screen goes away is cancelled: nobody would read its verdict.
 */
export function useVerifyJob() {
  return useMainJob({
    start: (full: boolean) => api.audit.verifyStart({ full }),
    progress: api.audit.verifyProgress,
    cancel: api.audit.verifyCancel,
    pollMs: POLL_MS,
  });
}
