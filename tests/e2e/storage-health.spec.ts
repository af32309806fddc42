import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SealingWriter } from '../../main/documents/file-cipher';
import { docxFile } from '../helpers/document-files';
import { artifact } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * The document store over the web shell: an upload of whole 1 MiB chunks
 * passes the HTTP transport (whose other channels take a few KB at most), and
 * the storage health tab shows the check the schedule ran at setup, one run by hand, then a stray file —
 * screenshots in both languages.
 */

async function call<T>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

test('uploads travel in whole chunks; the storage tab checks and tells a stray file', async ({ page, desk }) => {
  test.setTimeout(120_000);
  const size = 1024 * 1024 + 5000;
  const { uploadId, chunkBytes } = await call<{ uploadId: string; chunkBytes: number }>(desk, 'storage.begin', { fileName: '扫描件.pdf', size });
  const bytes = Buffer.alloc(size, 7);
  for (let at = 0, index = 0; at < size; at += chunkBytes, index++) {
    expect(await call<{ received: number }>(desk, 'storage.chunk', { uploadId, index, data: bytes.subarray(at, at + chunkBytes).toString('base64') })).toEqual({ received: Math.min(at + chunkBytes, size) });
  }
  await call(desk, 'storage.cancel', { uploadId });

  // The scheduled check ran by itself as soon as the new desk's key opened (none was ever run).
  await expect.poll(async () => (await call<{ trigger: string } | null>(desk, 'storage.health', {}))?.trigger, { timeout: 30_000 }).toBe('schedule');
  await page.goto(`${desk.url}#/storage`);
  await expect(page.getByTestId('storage-last')).toContainText('定时检查');
  await page.getByTestId('storage-run').click();
  await expect(page.getByTestId('storage-last')).toContainText('手动检查');
  await expect(page.getByTestId('storage-result')).toHaveAttribute('data-state', 'intact');
  await expect(page.getByTestId('storage-database')).toHaveAttribute('data-state', 'ok');
  await expect(page.getByTestId('storage-no-problems')).toBeVisible();
  await page.screenshot({ path: artifact('storage-intact-zh.png'), fullPage: true, animations: 'disabled' });

  // A file in the store that no document names (left by hand, or by a crash the sweep has not yet seen).
  mkdirSync(join(desk.dataDir, 'documents', 'ab'), { recursive: true });
  writeFileSync(join(desk.dataDir, 'documents', 'ab', 'ab'.repeat(32)), 'stray');
  await page.getByTestId('storage-run').click();
  await expect(page.getByTestId('storage-result')).toHaveAttribute('data-state', 'problems');
  await expect(page.getByTestId('storage-problems')).toContainText('多余文件');
  await page.screenshot({ path: artifact('storage-problems-zh.png'), fullPage: true, animations: 'disabled' });

  await call(desk, 'session.setLocale', { locale: 'en' });
  await page.reload();
  await expect(page.getByTestId('storage-problems')).toContainText('Stray file');
  await expect(page.getByTestId('tab-storage')).toHaveText('Storage health');
  await page.screenshot({ path: artifact('storage-problems-en.png'), fullPage: true, animations: 'disabled' });
});

/** The built documents worker (out/main/documents-worker.js) on its own: the parsers it imports at run time resolve from the app's node_modules. */
test('the built documents worker reads a PDF this Chromium printed and a Word file', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'documents-worker-'));
  const key = randomBytes(32);
  const sealed = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    const fd = openSync(path, 'w');
    const writer = new SealingWriter(fd, key);
    writer.write(bytes);
    writer.finish();
    closeSync(fd);
    return path;
  };
  await page.setContent('<meta charset="utf-8"><h1>档案：华为技术有限公司 第二页</h1>');
  const pdf = sealed('a', await page.pdf({ format: 'A4' }));
  const docx = sealed('b', docxFile(['合作框架协议']));
  const worker = new Worker(join(import.meta.dirname, '..', '..', 'out', 'main', 'documents-worker.js'));
  const ask = (job: Record<string, unknown>) =>
    new Promise<{ type: string; value: { kind: string; text: string } }>((resolve) => {
      const onMessage = (m: { id: number; type: string; value: { kind: string; text: string } }) => {
        if (m.id !== job.id || m.type === 'progress') return;
        worker.off('message', onMessage);
        resolve(m);
      };
      worker.on('message', onMessage);
      worker.postMessage(job);
    });
  try {
    expect(await ask({ id: 1, op: 'inspect', path: pdf, key, confidential: false })).toMatchObject({ type: 'done', value: { kind: 'pdf', text: expect.stringContaining('档案：华为技术有限公司 第二页') } });
    expect(await ask({ id: 2, op: 'inspect', path: docx, key, confidential: false })).toMatchObject({ type: 'done', value: { kind: 'docx', text: '合作框架协议' } });
  } finally {
    await worker.terminate();
    rmSync(dir, { recursive: true, force: true });
  }
});
