/**
 * What other domains may use of past visits: the visit file (printed by the
 * print service) and the pending changes (the managers' task inbox).
 */
export { pastVisitFile } from './file';
export { changeRows, changeViews } from './change-view';
