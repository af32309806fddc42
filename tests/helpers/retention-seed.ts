import type { Role } from '../../main/security/roles';
import { ADMIN, type TestCore } from './test-core';

/** Signs in a user of these roles by login, creating the account first (two managers need two accounts: signInAs makes one per role). */
export async function signInUser(core: TestCore, login: string, roles: Role[]): Promise<void> {
  const password = `${login}-Pass-1`;
  await core.call('session.signOut', {}).catch(() => undefined);
  await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
  if (!(await core.call<{ items: { login: string }[] }>('users.list', {})).items.some((u) => u.login === login)) {
    const first = `${login}-First-1`;
    await core.call('users.create', { login, name: `${login} 经理`, department: '前台', roles, password: first });
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login, password: first });
    await core.call('session.changePassword', { current: first, next: password });
  }
  await core.call('session.signOut', {});
  await core.call('session.signIn', { login, password });
}

/** The id of the signed-in user. */
export function userIdOf(core: TestCore, login: string): string {
  return core.sqlite.prepare('SELECT id FROM users WHERE login = ?').pluck().get(login) as string;
}
