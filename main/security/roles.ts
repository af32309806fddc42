import type { Permission } from '../../contract/permissions';
import { ROLE_NAMES, type RoleName } from '../../contract/session';

export const ROLES = ROLE_NAMES;
export type Role = RoleName;

const DESK: Permission[] = ['app.view', 'desk.view', 'visitors.register', 'visits.checkOut', 'badges.print'];
const CLIENTS: Permission[] = ['clients.view', 'clients.manage'];
/** Coordinators plan visits; everyone at the desk sees the plans. */
const PLANS: Permission[] = ['plans.view', 'plans.manage'];
/** Everyone who works the desk prints the day's schedule and a plan's papers; auditors do not (see contract/permissions.ts). */
const PLAN_PRINT: Permission = 'plans.print';
/** Everyone at the desk sees and ticks the checklists; managers keep the templates and may override. */
const CHECKS: Permission[] = ['checklists.view', 'checklists.tick'];
const CHECKS_MANAGE: Permission[] = [...CHECKS, 'checklists.manage', 'plans.override'];
/** Everyone at the desk records and handles problems, takes feedback and works their follow-ups; managers keep the rules. */
const AFTER: Permission[] = ['incidents.view', 'incidents.handle', 'feedback.view', 'feedback.record', 'followups.view', 'followups.work'];
const AFTER_MANAGE: Permission[] = [...AFTER, 'incidents.manage', 'feedback.manage', 'followups.manage', 'tasks.team'];
/** Everyone at the desk files documents; managers see confidential ones, approve, keep the periods and destroy with a second manager. */
const ARCHIVE: Permission[] = ['archive.view', 'archive.upload'];
const ARCHIVE_MANAGE: Permission[] = [...ARCHIVE, 'archive.confidential', 'archive.approve', 'archive.manage', 'archive.destroy'];
/** Coordinators and managers read the figures, export (masked) and import; a full export of ID numbers is the administrator's alone. */
const DATA: Permission[] = ['reports.view', 'data.export', 'data.import'];

/**
 * The one permission table; the router checks it on every call and the user
 * admin screen shows it. `public` and `session` are not granted: they describe
 * channels that need no role.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  receptionist: [...DESK, 'clients.view', 'plans.view', PLAN_PRINT, ...CHECKS, ...AFTER, ...ARCHIVE],
  // Coordinators plan the visits and the client follow-ups that come after them.
  coordinator: [...DESK, ...CLIENTS, ...PLANS, PLAN_PRINT, ...CHECKS, ...AFTER, 'followups.manage', ...ARCHIVE, 'archive.destroy', ...DATA],
  manager: [...DESK, ...CLIENTS, ...PLANS, PLAN_PRINT, ...CHECKS_MANAGE, ...AFTER_MANAGE, ...ARCHIVE_MANAGE, ...DATA, 'settings.manage', 'sensitive.reveal', 'audit.view'],
  // Auditors check who saw what: they read the log and the desk lists, change nothing and print nothing.
  auditor: ['app.view', 'desk.view', 'clients.view', 'plans.view', 'checklists.view', 'incidents.view', 'feedback.view', 'followups.view', 'archive.view', 'audit.view', 'audit.export', 'reports.view', 'data.export'],
  admin: [...DESK, ...CLIENTS, ...PLANS, PLAN_PRINT, ...CHECKS_MANAGE, ...AFTER_MANAGE, ...ARCHIVE_MANAGE, 'archive.classify', ...DATA, 'data.exportFull', 'settings.manage', 'sensitive.reveal', 'users.manage', 'audit.view', 'audit.export', 'keys.manage', 'backup.manage'],
};

export interface Session {
  operatorId: string;
  operatorName: string;
  roles: Role[];
}

export function permissionsOf(session: Session): Set<Permission> {
  return new Set(session.roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}

export function mayCall(session: Session, permission: Permission): boolean {
  return permission === 'public' || permission === 'session' || permissionsOf(session).has(permission);
}
