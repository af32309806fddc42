/**
 * A VIP client needs an account manager who is a user (issue 14): seeds that
 * make one through the API name the signed-in user.
 */
export async function signedInUserId(api: (name: string, input?: unknown) => Promise<unknown>): Promise<string> {
  const status = (await api('session.status', {})) as { ok?: boolean; value?: { user: { id: string } | null }; user?: { id: string } | null };
  const user = status.ok !== undefined ? status.value?.user : status.user;
  if (!user) throw new Error('nobody is signed in to look after the VIP client');
  return user.id;
}
