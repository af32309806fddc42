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

/**
 * A whole destruction through the channels, for the audit-label coverage: a
 * walk-in entered years ago (written straight into people), asked for by the
 * signed-in user, approved by two other managers, its certificate printed;
 * and a second request rejected. Leaves `mgr1` signed in.
 */
export async function driveDestruction(core: TestCore): Promise<void> {
  const insert = core.sqlite.prepare(
    "INSERT INTO people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials) VALUES (?, '2015-01-01T00:00:00.000Z', '2015-01-01T00:00:00.000Z', 'd', ?, ?, ?)",
  );
  insert.run('0190a000-0000-7000-8000-0000000000d1', '旧访客甲', 'jiufangkejia', 'jfkj');
  insert.run('0190a000-0000-7000-8000-0000000000d2', '旧访客乙', 'jiufangkeyi', 'jfky');
  const asked = await core.call<{ id: string }>('retention.request', { items: [{ kind: 'person', id: '0190a000-0000-7000-8000-0000000000d1' }], reason: '保存期满' });
  const other = await core.call<{ id: string }>('retention.request', { items: [{ kind: 'person', id: '0190a000-0000-7000-8000-0000000000d2' }], reason: '保存期满' });
  await signInUser(core, 'mgr1', ['manager']);
  await core.call('retention.approve', { id: asked.id, note: '同意' });
  await core.call('retention.reject', { id: other.id, note: '暂缓' });
  await signInUser(core, 'mgr2', ['manager']);
  await core.call('retention.approve', { id: asked.id });
  await core.call('print.destruction', { id: asked.id, locale: 'zh-CN', printerId: 'pdf' });
}
