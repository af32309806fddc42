/**
 * What other domains may use of the desk settings (the router gets its handlers from ./handlers.ts).
 * A service imports another domain only through this file, never its inner files (lint checks it).
 */
export { hostOf, parseStored, readSettings, saveSettings } from './desk-settings';
export { upsertSetting } from './setting-row';
export { checkLogo, logoSummary, writeOrgLogo } from './org-logo';
