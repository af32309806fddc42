/**
 * What the rest of main may use of the reports (the router gets the handlers from ./handlers.ts):
 * the composition root's data migration and the generator make the summaries from scratch.
 */
export { rebuildReportSummaries } from './summary-rebuild';
