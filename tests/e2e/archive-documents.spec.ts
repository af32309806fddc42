import { expect, type Page, type Route } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifact, chooseOption, signInAs } from './ui-helpers';
import { test, type WebShell } from './web-shell-fixture';

/**
 * 档案 · 文档 end to end in Chinese: a receptionist uploads a PDF with Chinese
 * text (made here by Chromium, a noise picture making it a few chunks long so
 * the progress bar shows), files it in a folder with tags, finds it by Chinese
 * words and by the pinyin of its title, submits a new version; a manager
 * approves it and compares the two versions. Screenshots of the list, the
 * upload dialog with its progress, the drawer and the comparison in both languages.
 */

const TITLE = '华为年度合作框架协议';

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** A screenshot once antd's animations have settled, as a person sees the screen. */
async function shot(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: artifact(name) });
}

/**
 * A real PDF made by Chromium from Chinese text (so its fonts carry the
 * characters), with a picture of noise that does not compress when `noise`:
 * a file of a few upload chunks.
 */
async function makePdf(page: Page, lines: string[], noise: boolean): Promise<Buffer> {
  const maker = await page.context().newPage();
  await maker.setContent(`<html><body style="font-family: 'Noto Sans CJK SC', sans-serif">${lines.map((l) => `<p>${l}</p>`).join('')}<img id="noise" /></body></html>`);
  if (noise) {
    await maker.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 1100;
      canvas.height = 1100;
      const ctx = canvas.getContext('2d')!;
      const image = ctx.createImageData(1100, 1100);
      for (let i = 0; i < image.data.length; i++) image.data[i] = i % 4 === 3 ? 255 : Math.floor(Math.random() * 256);
      ctx.putImageData(image, 0, 0);
      return new Promise<void>((done) => {
        const img = document.getElementById('noise') as HTMLImageElement;
        img.onload = () => done();
        img.style.width = '400px';
        img.src = canvas.toDataURL('image/png');
      });
    });
  }
  const pdf = await maker.pdf({ format: 'A4' });
  await maker.close();
  return pdf;
}

test('前台上传中文 PDF、归档打标签、中文和拼音检索、提交新版本；主管批准并比较两个版本', async ({ page, desk }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 860 });
  await call(desk, 'users.create', { login: 'lina', name: '李娜', roles: ['receptionist'], password: 'Welcome123' });
  await call(desk, 'users.create', { login: 'zhaomin', name: '赵敏', roles: ['manager'], password: 'Welcome123' });
  await call(desk, 'clients.create', { name: '华为技术有限公司', tier: 'key' });
  await call(desk, 'plans.create', { title: '华为年度接待', arrivalAt: '2026-12-08T09:00', departureAt: '2026-12-08T17:00', expectedHeadcount: 4 });
  const files = mkdtempSync(join(tmpdir(), 'rd-archive-e2e-'));
  const first = join(files, `${TITLE}.pdf`);
  const second = join(files, `${TITLE}-修订版.pdf`);
  writeFileSync(first, await makePdf(page, [TITLE, '甲乙双方就年度接待合作达成一致', 'Quasarwell clause'], true));
  writeFileSync(second, await makePdf(page, [TITLE, '第二版：补充保密条款', 'Quasarwell clause revised'], false));

  await page.goto(desk.url);
  await signInAs(page, 'lina');
  await page.evaluate(() => {
    window.location.hash = '#/documents';
  });
  const screen = page.getByTestId('documents-screen');
  await expect(screen.getByTestId('folder-商务拜访')).toBeVisible();

  // Upload: the title comes from the file's name; class, folder, tags and client picked.
  await screen.getByTestId('document-upload').click();
  const dialog = page.getByTestId('upload-modal');
  await dialog.getByTestId('upload-file').setInputFiles(first);
  await expect(dialog.getByTestId('upload-title')).toHaveValue(TITLE);
  await chooseOption(page, dialog.getByTestId('upload-class'), '会议纪要');
  await dialog.getByTestId('upload-folder').click();
  await page.keyboard.type('政府接待');
  await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '政府接待' }).first().click();
  const tags = dialog.getByTestId('upload-tags');
  await tags.click();
  await page.keyboard.type('年度合作');
  await page.keyboard.press('Enter');
  await page.keyboard.type('框架协议');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await chooseOption(page, dialog.getByTestId('upload-client'), '华为技术有限公司');
  // The plan it belongs to, found by the pinyin initials of its title.
  await dialog.getByTestId('upload-plan').click();
  await page.keyboard.type('hwndjd');
  await page.locator('.ant-select-item-option', { hasText: '华为年度接待' }).click();

  // The last chunk waits until the progress bar has been seen part way.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  let chunks = 0;
  await page.route('**/api/storage.chunk', async (route: Route) => {
    chunks += 1;
    if (chunks >= 2) await held;
    await route.continue();
  });
  await dialog.getByTestId('upload-save').click();
  await expect(dialog.getByTestId('upload-progress')).toBeVisible();
  await expect(dialog.getByTestId('upload-progress')).not.toHaveAttribute('data-percent', '0');
  await shot(page, 'archive-upload-progress-zh-CN.png');
  release();

  // Filed: the drawer opens on the new document.
  const drawer = page.getByTestId('document-drawer');
  await expect(drawer.getByTestId('document-code')).toHaveText(/^AR-\d{6}-\d{3}$/, { timeout: 60_000 });
  await expect(drawer.getByTestId('document-folder')).toHaveText('政府接待');
  await expect(drawer.getByTestId('document-tags')).toContainText('年度合作');
  await expect(drawer.getByTestId('version-status-1')).toHaveText('已批准');
  await expect(drawer.getByTestId('document-links')).toContainText('华为年度接待');
  await drawer.locator('.ant-drawer-close').click();

  // Search: Chinese words of the title, its pinyin, its initials, and words inside the PDF.
  const search = screen.getByTestId('documents-search');
  const rows = screen.getByTestId('document-row');
  for (const query of ['合作框架', 'huaweiniandu', 'hwndhz', 'Quasarwell', '接待合作']) {
    await search.fill(query);
    await expect(rows.filter({ hasText: TITLE }), query).toHaveCount(1);
  }
  await search.fill('不存在的文件');
  await expect(rows).toHaveCount(0);
  await search.fill('');
  // The header's search (Ctrl+K) finds it too, by the pinyin initials of its title, and Enter opens it.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('global-search-input')).toBeFocused();
  await page.keyboard.type('hwndhz');
  await expect(page.getByTestId('global-search-group-documents').getByTestId('global-search-item')).toContainText([TITLE]);
  await page.keyboard.press('Escape');
  await screen.getByTestId('folder-政府接待').click();
  await expect(rows.filter({ hasText: TITLE })).toHaveCount(1);
  await expect(screen.getByTestId('folder-政府接待')).toContainText('1');
  await shot(page, 'archive-list-zh-CN.png');

  // A new version, with its reason: pending until a manager decides.
  await rows.filter({ hasText: TITLE }).click();
  await drawer.getByTestId('document-new-version').click();
  const versionModal = page.getByTestId('version-modal');
  await versionModal.getByTestId('version-file').setInputFiles(second);
  await versionModal.getByTestId('version-reason').fill('补充保密条款');
  await versionModal.getByTestId('version-submit').click();
  await expect(drawer.getByTestId('version-status-2')).toHaveText('待审批', { timeout: 60_000 });
  await expect(drawer.getByTestId('version-approve-2')).toHaveCount(0);
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  // The manager approves it and compares the two versions.
  await signInAs(page, 'zhaomin');
  await page.evaluate(() => {
    window.location.hash = '#/documents';
  });
  await screen.getByTestId('filter-pending').click();
  await expect(rows).toHaveCount(1);
  await rows.first().click();
  await drawer.getByTestId('version-approve-2').click();
  await expect(drawer.getByTestId('version-status-2')).toHaveText('已批准');
  await expect(drawer.getByTestId('version-2')).toContainText('现行版本');
  await shot(page, 'archive-drawer-zh-CN.png');
  await drawer.getByTestId('version-pick-1').click();
  await drawer.getByTestId('version-pick-2').click();
  await drawer.getByTestId('document-compare').click();
  const compare = page.getByTestId('compare-modal');
  await expect(compare.locator('.archive-compare__differs')).not.toHaveCount(0);
  await expect(compare.getByTestId('compare-preview-a')).toContainText('接待合作');
  await expect(compare.getByTestId('compare-preview-b')).toContainText('补充保密条款');
  await shot(page, 'archive-compare-zh-CN.png');

  // The same screens in English (the language switch sits in the header, behind the dialogs).
  await compare.locator('.ant-modal-close').click();
  await expect(compare).toBeHidden();
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
  await page.getByTestId('lang-switch').getByText('English').click();
  await screen.getByTestId('filter-pending').click();
  await expect(rows.filter({ hasText: TITLE })).toHaveCount(1);
  await shot(page, 'archive-list-en.png');
  await rows.filter({ hasText: TITLE }).click();
  await expect(drawer.getByTestId('version-status-2')).toHaveText('Approved');
  await shot(page, 'archive-drawer-en.png');
  await drawer.getByTestId('version-pick-1').click();
  await drawer.getByTestId('version-pick-2').click();
  await drawer.getByTestId('document-compare').click();
  await expect(compare.getByTestId('compare-table')).toContainText('Content hash');
  await expect(compare.getByTestId('compare-preview-b')).toContainText('补充保密条款');
  await shot(page, 'archive-compare-en.png');
  await compare.locator('.ant-modal-close').click();
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
  await screen.getByTestId('document-upload').click();
  await dialog.getByTestId('upload-file').setInputFiles(second);
  await chooseOption(page, dialog.getByTestId('upload-class'), 'Contract');
  await expect(dialog.getByTestId('upload-security')).toContainText('Confidential');
  await shot(page, 'archive-upload-en.png');
  rmSync(files, { recursive: true, force: true });
});
