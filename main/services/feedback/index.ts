/**
 * What other domains may use of feedback (the router gets its handlers from ./handlers.ts):
 * plans ask for feedback when completed, visits when checked out, both inside their own write;
 * the print builder and the task inbox read requests.
 */
export { requestFeedbackForPlan, requestFeedbackForVisit, requestView, requestFor, createRequest, type RequestRow } from './requests';
export { templateOf, templateRow, ensureBuiltIns } from './templates';
