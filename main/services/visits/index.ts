/**
 * What other domains may use of visits (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { selectVisitSummaries } from './visit-summary';
export { countVisitSummaries, visitSummariesAfter, type VisitKey } from './visit-summary';
