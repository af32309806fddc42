import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, setUpDesk, startWebShell, stopWebShell, test } from './web-shell-fixture';

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

test('a page elsewhere cannot stop the desk with malformed URLs', async ({ page, desk }) => {
  // Another origin (another port), as any local web page could be: it points images at the desk.
  const paths = ['/%', '/%E0%A4%A', '/%C0%AE%C0%AE/', '/..%2f..%2fetc/passwd', '/api/%', '/%00'];
  const html = `<!doctype html><body>${paths.map((p) => `<img src="${desk.origin}${p}">`).join('')}</body>`;
  const elsewhere = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((done) => elsewhere.listen(0, '127.0.0.1', done));
  // How each image request ended: an answer's status, or why it failed. Chromium may re-escape
  // a path on its way out, so requests are counted by origin, not matched by path.
  const outcomes: string[] = [];
  const toDesk = (url: string) => url.startsWith(`${desk.origin}/`);
  page.on('response', (r) => void (toDesk(r.url()) && outcomes.push(String(r.status()))));
  page.on('requestfailed', (r) => void (toDesk(r.url()) && outcomes.push(r.failure()?.errorText ?? 'failed')));
  await page.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
  await expect.poll(() => outcomes.length).toBe(paths.length);
  elsewhere.close();
  // Every one was answered with a refusal (a 4xx, or a non-image answer that Chromium's ORB
  // then kept from the page), not a dropped connection; and the desk answers the next call.
  for (const outcome of outcomes) expect(outcome).toMatch(/^4\d\d$|^net::ERR_BLOCKED_BY_ORB$/);
  expect(await desk.api('app.info')).toMatchObject({ ok: true });
  expect((await page.request.get(desk.url)).status()).toBe(200);
});

test('a print whose Chromium died is rendered by a fresh one, and the desk serves on', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
  const { shell, child } = await startWebShell(dataDir);
  try {
    await setUpDesk(shell);
    const visit = await shell.api<{ id: string }>('visits.checkIn', {
      name: '张伟',
      host: '李娜',
      idType: 'resident_id',
      privacyAck: true,
    });
    const print = () => shell.api('print.badges', { visitIds: [visit.value.id], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN', confirmReprint: true });
    expect(await print()).toMatchObject({ ok: true, value: { outcome: 'saved' } });
    // The print engine's Chromium is the shell's only child process: kill it as a crash would.
    const chromium = execFileSync('pgrep', ['-P', String(child.pid)]).toString().trim().split('\n').map(Number);
    expect(chromium.length).toBeGreaterThan(0);
    for (const pid of chromium) process.kill(pid, 'SIGKILL');
    await expect.poll(() => chromium.every((pid) => !existsSync(`/proc/${pid}`) || readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '))).toBe(true);
    expect(await print()).toMatchObject({ ok: true, value: { outcome: 'saved' } });
    expect(await shell.api('app.info')).toMatchObject({ ok: true });
  } finally {
    expect(await stopWebShell(child)).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
