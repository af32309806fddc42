/**
 * What the rest of main may use of the reports (the router gets the handlers from ./handlers.ts):
 * the composition root's data migration and the generator make the summaries from scratch.
 */
export { rebuildReportSummaries } from './summary-rebuild';
/** The print service's monthly report draws the same five figures the screen does. */
export { visitsReport } from './visits-report';
export { peakHoursReport } from './peak-hours';
export { handlingReport } from './handling';
export { preferencesReport } from './preferences';
export { serviceReport } from './service';
