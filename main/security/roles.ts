import type { Permission } from '../../contract/permissions';

export const ROLES = ['receptionist', 'coordinator', 'manager', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The one permission table; the router checks it on every call. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  receptionist: ['app.view', 'desk.view', 'visitors.register', 'visits.checkOut', 'badges.print'],
  coordinator: ['app.view', 'desk.view', 'visitors.register', 'visits.checkOut', 'badges.print'],
  manager: ['app.view', 'desk.view', 'visitors.register', 'visits.checkOut', 'badges.print', 'settings.manage'],
  auditor: ['app.view', 'desk.view'],
  admin: ['app.view', 'desk.view', 'visitors.register', 'visits.checkOut', 'badges.print', 'settings.manage'],
};

export interface Session {
  operatorId: string;
  operatorName: string;
  roles: Role[];
}

export function permissionsOf(session: Session): Set<Permission> {
  return new Set(session.roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}
