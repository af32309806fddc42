import type { RoleName } from '../../../contract/session';

/**
 * Whose tasks are read: one user (their inbox) or, for the team view,
 * everyone's (null), each task under its owner.
 */
export interface Viewer {
  userId: string;
  name: string;
  roles: readonly RoleName[];
}

/** Red alerts go to the managers (issue 14: "alerts the managers"). */
export function isManager(viewer: Viewer): boolean {
  return viewer.roles.includes('manager');
}
