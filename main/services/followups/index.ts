/**
 * What other domains may use of follow-ups (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 * The task inbox reads care reminders here (computed, so nothing to keep in step).
 */
export { careReminders, type CareWindow } from './care';
export { readCareRules } from './care-rules';
export { followupDetailOf } from './read';
export { followupsForSheet } from './sheet';
