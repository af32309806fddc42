/**
 * What other domains may use of checklists (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 * The plans service calls these inside its own writes; this domain never calls plans back.
 */
export { syncPlanLists, type MatchFacts } from './instantiate';
export { retimePlanItems, syncAssignees } from './plan-sync';
export { checklistCounts, hasRehearsal, NO_CHECKLIST, openItemsBlockingStart, type ChecklistCounts } from './plan-counts';
export { levelRuleOf, readLevelRules } from './level-rules';
export { planFacts } from './plan-facts';
export { ensureBuiltIns, seedBuiltIns, BUILT_IN_TEMPLATES } from './templates';
export { planChecklistsOf } from './for-plan';
/** The rules of live, tickable and blocking items, for the quality figures to count alike. */
export { blocksStart, itemIsLive, itemIsTickable } from './plan-rules';
export { materialQuantity } from './for-plan';
/** The task inbox's read of people's open, dated items. */
export { assignedDueItems, type AssignedDueItem } from './assigned-due';
export { DUE_LOOKBACK_DAYS } from './queries';
