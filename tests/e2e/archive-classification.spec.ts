import { expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifact, chooseOption, localToday } from './ui-helpers';
import { test } from './web-shell-fixture';

/**
 * 管理分类 end to end: the administrator adds a project stage under a client
 * tier and a document class with its own period, files a document into the
 * new folder through Edit details, and the tree counts it there. Screenshots
 * of the classification drawer and the edit dialog in both languages.
 */

/** A screenshot once antd's animations have settled, as a person sees the screen. */
async function shot(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: artifact(name) });
}

/** The tree node holding `testId` opened by its switcher (antd renders a closed node's children not at all). */
async function expandTreeNode(page: Page, testId: string) {
  const node = page.locator('.ant-tree-treenode', { has: page.getByTestId(testId) });
  // A click while the level above is still opening (its motion moves the rows) can land on a neighbour's switcher:
  // clicked again until this node says it is open, never toggled closed once it is.
  await expect(async () => {
    if (!/ant-tree-treenode-switcher-open/.test((await node.getAttribute('class')) ?? '')) await node.locator('.ant-tree-switcher').click();
    await expect(node).toHaveClass(/ant-tree-treenode-switcher-open/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

test('管理员在客户等级下新增目录、新增带保管期限的类别，通过编辑把文档归入新目录，目录树计数随之变化', async ({ page, desk }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 860 });
  const files = mkdtempSync(join(tmpdir(), 'rd-archive-class-e2e-'));
  await page.goto(desk.url);
  // A real PNG: the desk's own first screen.
  const png = join(files, '峰会签到照片.png');
  writeFileSync(png, await page.screenshot());
  await page.evaluate(() => {
    window.location.hash = '#/documents';
  });
  const screen = page.getByTestId('documents-screen');
  await expect(screen.getByTestId('folder-政府接待')).toBeVisible();

  // The tree: a project stage under 政府接待 / 重点客户; a stage offers no child (the tree has three levels).
  await screen.getByTestId('classification-open').click();
  const manage = page.getByTestId('classification-drawer');
  // Folders start closed: a row's expander opens it.
  await manage.locator('tr', { has: page.getByTestId('manage-folder-政府接待') }).locator('.ant-table-row-expand-icon').click();
  await manage.getByTestId('folder-add-child-政府接待/重点客户').click();
  const folderModal = page.getByTestId('folder-modal');
  await expect(folderModal).toContainText('政府接待 / 重点客户');
  await folderModal.getByTestId('folder-name-zh').fill('年度峰会');
  await folderModal.getByTestId('folder-name-en').fill('Annual summit');
  await folderModal.getByTestId('folder-save').click();
  await expect(folderModal).toBeHidden();
  await expect(manage.getByTestId('manage-folder-政府接待/重点客户/年度峰会')).toHaveText('年度峰会');
  await expect(manage.getByTestId('folder-rename-政府接待/重点客户/年度峰会')).toBeVisible();
  await expect(manage.getByTestId('folder-add-child-政府接待/重点客户/年度峰会')).toHaveCount(0);

  // A class with a seven-year period (minutes keep five); the form says a new period moves its documents' keep-until day.
  await manage.getByTestId('class-add').click();
  const classModal = page.getByTestId('class-modal');
  await classModal.getByTestId('class-name-zh').fill('峰会资料');
  await classModal.getByTestId('class-name-en').fill('Summit papers');
  await classModal.getByTestId('class-years').fill('7');
  await expect(classModal.getByTestId('class-period-hint')).toContainText('0 表示永久保存');
  await shot(page, 'archive-class-form-zh-CN.png');
  await classModal.getByTestId('class-save').click();
  await expect(classModal).toBeHidden();
  const classRow = manage.locator('tr', { has: page.getByTestId('manage-class-峰会资料') });
  await expect(classRow).toContainText('7 年');
  await expect(manage.locator('tr', { has: page.getByTestId('manage-class-合同') })).toBeVisible();
  await shot(page, 'archive-classification-zh-CN.png');

  // A new business type, empty, is removed outright (one with documents or children would be archived).
  await manage.getByTestId('folder-add-top').click();
  await expect(folderModal).not.toContainText('上级目录');
  await folderModal.getByTestId('folder-name-zh').fill('展会接待');
  await folderModal.getByTestId('folder-save').click();
  await expect(manage.getByTestId('manage-folder-展会接待')).toHaveText('展会接待');
  await manage.getByTestId('folder-remove-展会接待').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '归档/删除' }).click();
  await expect(manage.getByTestId('manage-folder-展会接待')).toHaveCount(0);
  await manage.locator('.ant-drawer-close').click();
  await expect(manage).toBeHidden();

  // A document filed with no folder, then moved into the new stage with the new class through Edit details.
  await screen.getByTestId('document-upload').click();
  const upload = page.getByTestId('upload-modal');
  await upload.getByTestId('upload-file').setInputFiles(png);
  await chooseOption(page, upload.getByTestId('upload-class'), '会议纪要');
  await upload.getByTestId('upload-save').click();
  const drawer = page.getByTestId('document-drawer');
  await expect(drawer.getByTestId('document-code')).toHaveText(/^AR-\d{6}-\d{3}$/, { timeout: 60_000 });
  await expect(drawer.getByTestId('document-folder')).toHaveText('未归入目录');
  await drawer.getByTestId('document-edit').click();
  const edit = page.getByTestId('edit-modal');
  await expect(edit.getByTestId('edit-title')).toHaveValue('峰会签到照片');
  await chooseOption(page, edit.getByTestId('edit-class'), '峰会资料');
  await edit.getByTestId('edit-folder').click();
  await page.keyboard.type('年度峰会');
  await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '年度峰会' }).first().click();
  await shot(page, 'archive-edit-zh-CN.png');
  await edit.getByTestId('edit-save').click();
  await expect(edit).toBeHidden();
  await expect(drawer.getByTestId('document-folder')).toHaveText('政府接待 / 重点客户 / 年度峰会');
  const today = localToday();
  await expect(drawer).toContainText(`${Number(today.slice(0, 4)) + 7}${today.slice(4)}`);
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  // The tree counts it under each of its three levels.
  const countOf = (testId: string) => screen.getByTestId(testId).locator('.archive-tree__count');
  await expect(countOf('folder-政府接待')).toHaveText('1');
  await expandTreeNode(page, 'folder-政府接待');
  await expect(countOf('folder-重点客户')).toHaveText('1');
  await expandTreeNode(page, 'folder-重点客户');
  await expect(countOf('folder-年度峰会')).toHaveText('1');
  await screen.getByTestId('folder-年度峰会').click();
  await expect(screen.locator('.ant-table-row', { hasText: '峰会签到照片' })).toHaveCount(1);

  // The same dialogs in English.
  await page.getByTestId('lang-switch').getByText('English').click();
  await screen.getByTestId('classification-open').click();
  // The folders opened before are still open.
  await expect(manage.getByTestId('manage-folder-政府接待/重点客户/年度峰会')).toHaveText('Annual summit');
  await expect(manage.locator('tr', { has: page.getByTestId('manage-class-峰会资料') })).toContainText('7 years');
  await shot(page, 'archive-classification-en.png');
  await manage.getByTestId('class-edit-峰会资料').click();
  await expect(classModal.getByTestId('class-period-hint')).toContainText('A new period moves');
  await shot(page, 'archive-class-form-en.png');
  await classModal.locator('.ant-modal-close').click();
  await manage.locator('.ant-drawer-close').click();
  await expect(manage).toBeHidden();
  await screen.locator('.ant-table-row', { hasText: '峰会签到照片' }).click();
  await drawer.getByTestId('document-edit').click();
  await expect(edit.getByTestId('edit-class')).toContainText('Summit papers');
  await shot(page, 'archive-edit-en.png');
  rmSync(files, { recursive: true, force: true });
});
