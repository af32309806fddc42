/**
 * Every channel names one of these; main checks it against the signed-in
 * session's roles on every call. The role → permission table lives in
 * main/security/roles.ts.
 */
export const PERMISSIONS = [
  'app.view',
  'desk.view',
  'visitors.register',
  'visits.checkOut',
  'badges.print',
  'settings.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
