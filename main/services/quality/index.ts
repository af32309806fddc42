/**
 * What other domains may use of quality control and emergencies (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { siteEmergencyPlan } from './emergency-plans';
/** Whether a checklist item was done on time (the reports' checklist compliance counts by the same rule). */
export { verdict as checklistVerdict } from './compliance';
