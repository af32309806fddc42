/**
 * What the rest of main may use of the reports (the router gets the handlers from ./handlers.ts):
 * what a counted visit is, for the composition root's rebuild of the summaries (main/app/report-summaries.ts),
 * and the five figures, which the print service's monthly report draws as the screen does.
 */
export { countedVisit } from './counted-visit';
export { visitsReport } from './visits-report';
export { peakHoursReport } from './peak-hours';
export { handlingReport } from './handling';
export { preferencesReport } from './preferences';
export { serviceReport } from './service';
