/**
 * What other domains may use of plans (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { getPlanRow, planDetail } from './plan-detail';
export { teamContactOf } from './team-contact';
export { planColumns, visitOnDays } from './visit-days';
export { planSummariesAfter, type PlanKey, type PlanListFilter } from './plans';
export { refuseClosedPlan } from './plans';
