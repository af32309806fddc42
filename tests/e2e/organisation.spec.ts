import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { b64, pngImage } from '../helpers/images';
import { signedInUserId } from './account-manager';
import { pdfText } from './pdf-tools';
import { seedResources, seedVipVisit, type Call } from './plan-print-seed';
import { artifact } from './ui-helpers';
import { ADMIN, expect, test, type WebShell } from './web-shell-fixture';

/**
 * The host organisation, apart from the desk's own name: asked at first run
 * and in settings (name and optional logo), and printed on the welcome sign
 * and the itineraries; a desk without it prints the site's name and settings
 * asks for it.
 */

const ORG = '星河科技股份有限公司';
const SITE = '总部前台';

function caller(desk: WebShell): Call {
  return async (name, input) => {
    const result = await desk.api(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
    return result.value as never;
  };
}

/** Images drawn on the PDF's pages, as poppler's pdfimages lists them. */
function pdfImages(file: string): number {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
}

async function printPlan(desk: WebShell, planId: string, input: object, locale = 'zh-CN') {
  const result = await desk.api<{ fileName: string }>('print.planDocument', { planId, locale, printerId: 'pdf', ...input });
  expect(result, JSON.stringify(input)).toMatchObject({ ok: true });
  const file = join(desk.dataDir, 'prints', result.value.fileName);
  return { file, text: pdfText(file).replace(/\s+/g, ''), images: pdfImages(file) };
}

function logoFile(name: string, bytes: Buffer): string {
  const path = artifact(name);
  writeFileSync(path, bytes);
  return path;
}

test('first-run setup asks for the organisation and its logo apart from the desk name', async ({ page, freshDesk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(freshDesk.url);
  await page.getByTestId('setup-org-name').fill(ORG);
  // A file that only claims to be an image is refused where it is chosen…
  await page.getByTestId('setup-org-logo-file').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await expect(page.getByTestId('setup-org-logo')).toContainText('只能使用 PNG 或 JPEG 图片');
  await page.getByTestId('setup-org-logo-file').setInputFiles(logoFile('org-logo.png', pngImage(240, 80)));
  await expect(page.getByTestId('setup-org-logo-preview')).toBeVisible();
  await page.getByTestId('setup-site-name').fill('总部大楼一层前台');
  await page.screenshot({ path: artifact('organisation-setup-zh.png') });
  await page.getByTestId('setup-next').click();
  await page.getByTestId('setup-admin-login').fill(ADMIN.login);
  await page.getByTestId('setup-admin-name').fill(ADMIN.name);
  await page.getByTestId('setup-admin-password').fill(ADMIN.password);
  await page.getByTestId('setup-admin-password2').fill(ADMIN.password);
  await page.getByTestId('setup-next').click();
  const shown = page.getByTestId('setup-recovery-passphrase');
  await expect(shown).not.toBeEmpty();
  await page.getByTestId('setup-recovery-confirm').fill((await shown.textContent())!.trim());
  await page.getByTestId('setup-finish').click();
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  const settings = await freshDesk.api('settings.get', {});
  expect(settings).toMatchObject({ ok: true, value: { orgName: ORG, siteName: '总部大楼一层前台', orgLogo: { widthPx: 240, heightPx: 80 } } });
});

test('the setup step reads in English too', async ({ page, freshDesk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(freshDesk.url);
  await page.getByTestId('setup-org-name').waitFor();
  await freshDesk.api('session.setLocale', { locale: 'en' });
  await page.reload();
  await expect(page.getByText('Organisation name')).toBeVisible();
  await page.screenshot({ path: artifact('organisation-setup-en.png') });
});

async function openSettings(page: Page) {
  await page.getByTestId('settings-button').click();
  await expect(page.getByTestId('settings-form')).toBeVisible();
}

test('an older desk prints its site name until settings, which ask for it, name the organisation and its logo', async ({ page, desk }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const call = caller(desk);
  const planId = await seedVipVisit(call, await seedResources(call));

  // Set up without an organisation (as every desk before it existed): the site's name stands in.
  const before = await printPlan(desk, planId, { document: 'welcomeSign' });
  expect(before.text).toContain(`莅临${SITE}`);
  expect(before.images).toBe(0);

  await page.goto(desk.url);
  await openSettings(page);
  await expect(page.getByTestId('settings-org-missing')).toContainText(SITE);
  await page.getByTestId('settings-org-name').fill(ORG);
  await page.getByTestId('settings-org-logo-file').setInputFiles(logoFile('org-logo-2.png', pngImage(300, 100)));
  await expect(page.getByTestId('settings-org-logo-preview')).toBeVisible();
  await page.screenshot({ path: artifact('organisation-settings-zh.png') });
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-form')).toBeHidden();
  expect(await desk.api('settings.get', {})).toMatchObject({ ok: true, value: { orgName: ORG, siteName: SITE, orgLogo: { widthPx: 300, heightPx: 100 } } });

  // Printed: the organisation by name, and its logo, on the sign and both itineraries.
  const sign = await printPlan(desk, planId, { document: 'welcomeSign' });
  expect(sign.text).toContain(`莅临${ORG}`);
  expect(sign.text).not.toContain(SITE);
  expect(sign.images).toBe(1);
  for (const audience of ['guests', 'team']) {
    const itinerary = await printPlan(desk, planId, { document: 'itinerary', audience });
    expect(itinerary.text, audience).toContain(ORG);
    expect(itinerary.images, audience).toBe(1);
  }
  const guestsEn = await printPlan(desk, planId, { document: 'itinerary', audience: 'guests' }, 'en');
  expect(guestsEn.text).toContain(`Welcometo${ORG}`);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', sign.file, artifact('organisation-sign')]);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', guestsEn.file, artifact('organisation-itinerary-en')]);

  // Settings no longer ask; the logo can be removed, and printouts then carry none.
  await page.reload();
  await openSettings(page);
  await expect(page.getByTestId('settings-org-missing')).toHaveCount(0);
  await page.getByTestId('settings-org-logo-remove').click();
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-form')).toBeHidden();
  expect(await desk.api('settings.get', {})).toMatchObject({ ok: true, value: { orgName: ORG, orgLogo: null } });
  expect((await printPlan(desk, planId, { document: 'welcomeSign' })).images).toBe(0);
});

test('main refuses a logo whatever the page claims, in English too', async ({ page, desk }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  expect(await desk.api('settings.update', { orgLogo: { base64: b64('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') } })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', issues: [{ path: 'orgLogo', message: 'logo.notImage' }] },
  });
  await desk.api('session.setLocale', { locale: 'en' });
  await page.goto(desk.url);
  await openSettings(page);
  await expect(page.getByTestId('settings-org-missing')).toContainText("Enter the host organisation's name");
  await page.getByTestId('settings-org-name').fill('Galaxy Technology Co., Ltd.');
  await page.screenshot({ path: artifact('organisation-settings-en.png') });
});

/** The welcome sign fits its names by the badges' rule: a long client and a long organisation print whole, inside the frame. */
test('a welcome sign prints a long client and a long organisation whole, in both languages', async ({ desk }) => {
  test.setTimeout(120_000);
  const call = caller(desk);
  const longOrg = '中国石油天然气股份有限公司北京昌平区分公司华北地区销售中心';
  const client = await call('clients.create', { name: 'International Business Machines Corporation Greater China Regional Headquarters', tier: 'vip', accountManagerUserId: await signedInUserId(call) });
  const plan = await call('plans.create', { title: '长名称测试', clientId: client.id, level: 'vip', expectedHeadcount: 3 });
  await call('settings.update', { orgName: longOrg });
  for (const locale of ['zh-CN', 'en']) {
    const sign = await printPlan(desk, plan.id, { document: 'welcomeSign' }, locale);
    expect(sign.text, locale).toContain('InternationalBusinessMachinesCorporationGreaterChinaRegionalHeadquarters');
    expect(sign.text, locale).toContain(longOrg);
    expect(sign.text, locale).not.toContain('…');
    // Every word inside the gold frame (11 mm from each edge of the 297×210 mm sheet).
    const html = execFileSync('pdftotext', ['-bbox', sign.file, '-'], { encoding: 'utf8' });
    const frame = { x0: (11 * 72) / 25.4, x1: ((297 - 11) * 72) / 25.4 };
    for (const m of html.matchAll(/<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)<\/word>/g)) {
      expect(Number(m[1]), `${locale} "${m[3]}"`).toBeGreaterThanOrEqual(frame.x0);
      expect(Number(m[2]), `${locale} "${m[3]}"`).toBeLessThanOrEqual(frame.x1);
    }
    execFileSync('pdftoppm', ['-png', '-r', '40', sign.file, artifact(`organisation-long-sign-${locale}`)]);
  }
});
