import type { ClientDetail } from '../../contract/clients';
import type { TestCore } from './test-core';

/** A staff user (created by the signed-in administrator); returns the id. */
export async function makeUser(core: TestCore, login: string, name: string, roles: string[] = ['coordinator']): Promise<string> {
  const user = await core.call<{ id: string }>('users.create', { login, name, department: '客户部', roles, password: 'First-pass-1' });
  return user.id;
}

export async function makeClient(core: TestCore, name: string, tier: 'vip' | 'key' | 'normal', accountManagerUserId: string | null): Promise<ClientDetail> {
  return core.call<ClientDetail>('clients.create', { name, tier, accountManagerUserId });
}

export async function makePerson(core: TestCore, name: string, clientId: string, birthday: string): Promise<string> {
  return (await core.call<{ id: string }>('people.create', { name, clientId, birthday })).id;
}

/** The signed-in user's id: an account manager at hand for a VIP client in tests about something else. */
export async function signedInUserId(core: Pick<TestCore, 'call'>): Promise<string> {
  return (await core.call<{ user: { id: string } | null }>('session.status', {})).user!.id;
}
