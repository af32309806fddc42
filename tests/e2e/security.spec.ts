import { expect, test } from './web-shell-fixture';

/** The web shell's side of Electron's security checklist, checked in a real Chromium. */
test('a strict CSP: no inline script or handler, no remote connections', async ({ page, desk }) => {
  const response = await page.goto(desk.url);
  const csp = response!.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  const injected = () =>
    page.evaluate(() => {
      const w = window as unknown as { pwned?: boolean; violations?: string[]; imgFailed?: boolean };
      return { pwned: w.pwned ?? false, violations: w.violations ?? [], imgFailed: w.imgFailed ?? false };
    });
  await page.evaluate(() => {
    const w = window as unknown as { pwned?: boolean; violations?: string[]; imgFailed?: boolean };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations!.push(e.effectiveDirective));
    const div = document.createElement('div');
    div.innerHTML = '<img src="x" onerror="window.pwned = true">';
    // Added after the inline handler, so it runs after that handler would have.
    div.querySelector('img')!.addEventListener('error', () => (w.imgFailed = true));
    document.body.append(div);
    const s = document.createElement('script');
    s.textContent = 'window.pwned = true';
    document.body.append(s);
  });
  // Both injections were handled: the image's error fired and each inline script was refused by its directive.
  await expect.poll(injected).toMatchObject({ imgFailed: true, violations: expect.arrayContaining(['script-src-attr', 'script-src-elem']) });
  expect((await injected()).pwned).toBe(false);
  const remote = await page.evaluate(() => fetch('http://127.0.0.2:9/steal').then(() => 'sent', () => 'blocked'));
  expect(remote).toBe('blocked');
});

test('calls from the console need the token, and the role is checked in main whatever the UI shows', async ({ page, desk }) => {
  await page.goto(desk.url);
  const call = (name: string, token: string) =>
    page.evaluate(
      async ({ name, token }) => {
        const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'x-desk-token': token }, body: '{}' });
        return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { code: string } } };
      },
      { name, token },
    );
  expect(await call('users.list', '')).toMatchObject({ status: 401, body: { ok: false, error: { code: 'UNAUTHORIZED' } } });
  expect(await call('users.list', desk.token)).toMatchObject({ status: 200, body: { ok: true } });

  await desk.api('users.create', { login: 'reception1', name: '前台小李', roles: ['receptionist'], password: 'Recep-pass-1' });
  await desk.api('session.signOut');
  await desk.api('session.signIn', { login: 'reception1', password: 'Recep-pass-1' });
  // A first password opens nothing but its own change, whatever the screen shows.
  for (const name of ['visits.list', 'users.list', 'settings.get']) {
    expect((await call(name, desk.token)).body).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
  }
  await desk.api('session.changePassword', { current: 'Recep-pass-1', next: 'Recep-pass-2' });
  for (const name of ['users.list', 'audit.list', 'keys.status', 'settings.update']) {
    expect((await call(name, desk.token)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  await desk.api('session.lock');
  expect((await call('visits.list', desk.token)).body).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
});
