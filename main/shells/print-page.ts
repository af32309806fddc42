/*
 * What main says to the print route (renderer/src/print/PrintRoute.tsx) in its
 * warm page and reads back from it, the same for both print engines.
 */

/** Shows a job in the warm page: the last job's flags cleared first, so a wait for `data-print-ready` sees this job's. */
export function showJobScript(jobId: string): string {
  return `(() => { const d = document.documentElement.dataset; delete d.printReady; delete d.printError; delete d.printSpill; location.hash = ${JSON.stringify(`#/print/${jobId}`)}; })()`;
}

/** Read once the page is ready: the texts the print route found wider than their place (renderer/src/print/spill.ts). */
export const READ_SPILL = 'document.documentElement.dataset.printSpill || ""';

/** The start of the line both engines log; the end-to-end tests fail a desk whose log holds it. */
export const SPILL_LOG = '[print] text wider than its place';

/**
 * The page still prints (a spilled code is better on paper than no roll call
 * in an evacuation), but the log says which texts ran over, so a layout that
 * cuts a long badge number, name or time is found, not left to the reader.
 */
export function reportSpill(jobId: string, spill: unknown): void {
  if (typeof spill !== 'string' || spill === '') return;
  console.warn(`${SPILL_LOG} (job ${jobId}): ${spill}`);
}
