/**
 * What other domains may use of problem handling (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { raiseIncident, type RaiseInput } from './record';
export { escalateDue, startEscalationTimer, dueForEscalation, ESCALATION_TICK_MS } from './escalation';
export { readIncidentRules, INCIDENT_RULES_KEY } from './rules';
export { isOverdue } from './rows';
export { ensureScripts } from './scripts';
