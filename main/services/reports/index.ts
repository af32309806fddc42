/**
 * What the rest of main may use of the reports (the router gets the handlers from ./handlers.ts):
 * what a counted visit is, for the composition root's rebuild of the summaries (main/app/report-summaries.ts).
 */
export { countedVisit } from './counted-visit';
