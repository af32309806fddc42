import type { ExportProgress, ExportRequest } from '../../../contract/data-export';
import { api } from '../api/client';
import { useMainJob } from '../lib/useMainJob';

/** How often a running export is asked how far it got. */
const POLL_MS = 300;

/**
 * One export from the dialog: start it, follow it until it ends (polling its
 * progress), cancel it. An export still running when the dialog goes away is
 * cancelled: nobody would be there to take its file.
 */
export function useExportJob() {
  return useMainJob({
    start: (request: ExportRequest) => api.exports.start(request),
    progress: api.exports.progress,
    cancel: api.exports.cancel,
    pollMs: POLL_MS,
    // The start already knows how many rows: shown at once, before the first poll.
    startedProgress: ({ jobId, total }): ExportProgress => ({ jobId, state: 'running', rows: 0, total, fileId: null, fileName: null, error: null }),
  });
}
