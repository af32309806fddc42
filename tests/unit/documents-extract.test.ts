import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_TEXT } from '../../contract/archive';
import { chromiumPdf, docxFile, oleFile, pptxFile, xlsxFile } from '../helpers/document-files';
import { storeOf, uploadAndTake } from '../helpers/document-uploads';
import { jpegHeader, pngImage } from '../helpers/images';
import { makeTestCore, type TestCore } from '../helpers/test-core';

describe('what the store reads out of a file (in its worker)', () => {
  let core: TestCore;
  let pdf: Buffer;
  beforeAll(async () => {
    core = await makeTestCore();
    await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
    // Printed by Chromium, as the app's own printouts are: CJK glyphs in an embedded subset font.
    pdf = await chromiumPdf('<h1>来访档案：华为技术有限公司</h1><p>接待日期 2026 年 11 月 28 日，负责人 李娜。</p><p>Visit file for Huawei, second page follows.</p><div style="page-break-before: always">第二页：会议纪要与后续跟进</div>');
  }, 60_000);
  afterAll(() => core.cleanup());

  it('reads Chinese text from a PDF printed by Chromium, every page', async () => {
    const file = await uploadAndTake(core, pdf, '来访档案.pdf');
    expect(file).toMatchObject({ kind: 'pdf', textStatus: 'extracted' });
    expect(file.text).toContain('来访档案：华为技术有限公司');
    expect(file.text).toContain('负责人 李娜');
    expect(file.text).toContain('Visit file for Huawei');
    expect(file.text).toContain('第二页：会议纪要与后续跟进');
  }, 30_000);

  it('reads Word, Excel and PowerPoint (slides in their numbered order)', async () => {
    const docx = await uploadAndTake(core, docxFile(['合作框架协议', 'Clause 7 & annex <B>']), '协议.docx');
    expect(docx).toMatchObject({ kind: 'docx', textStatus: 'extracted' });
    expect(docx.text).toContain('合作框架协议');
    expect(docx.text).toContain('Clause 7 & annex <B>');
    const xlsx = await uploadAndTake(core, await xlsxFile([['访客', '公司'], ['张伟', '华为技术有限公司'], ['王芳', 42]]), '名单.xlsx');
    expect(xlsx).toMatchObject({ kind: 'xlsx', textStatus: 'extracted' });
    expect(xlsx.text).toContain('华为技术有限公司');
    expect(xlsx.text).toContain('王芳');
    const slides = Array.from({ length: 11 }, (_, i) => [`第${i + 1}页`, `slide ${i + 1}`]);
    const pptx = await uploadAndTake(core, pptxFile(slides), '汇报.pptx');
    expect(pptx).toMatchObject({ kind: 'pptx', textStatus: 'extracted' });
    expect(pptx.text!.indexOf('第2页')).toBeLessThan(pptx.text!.indexOf('第10页'));
    expect(pptx.text).toContain('第11页\nslide 11');
  }, 30_000);

  it('withholds the text of a confidential file, but still refuses one that does not parse', async () => {
    const file = await uploadAndTake(core, docxFile(['机密：报价 998 万']), '报价.docx', true);
    expect(file).toMatchObject({ kind: 'docx', text: null, textStatus: 'withheld' });
    const pdfWithheld = await uploadAndTake(core, pdf, 'x.pdf', true);
    expect(pdfWithheld).toMatchObject({ kind: 'pdf', text: null, textStatus: 'withheld' });
    // Preview of a confidential file extracts on demand.
    expect(await storeOf(core).store.extractText(file.storedName, file.contentHash, 'docx')).toContain('机密：报价 998 万');
    await expect(uploadAndTake(core, pdf.subarray(0, 300), 'cut.pdf', true)).rejects.toMatchObject({ issues: [{ message: 'document.unreadable' }] });
  }, 30_000);

  it('tells legacy Office files by their streams and images by their magic (no text: unsupported)', async () => {
    for (const [bytes, kind] of [
      [oleFile('WordDocument'), 'doc'],
      [oleFile('Workbook'), 'xls'],
      [oleFile('PowerPoint Document'), 'ppt'],
      [pngImage(8, 8), 'png'],
      [jpegHeader(8, 8), 'jpeg'],
    ] as const) {
      // Named .pdf: the bytes decide.
      expect(await uploadAndTake(core, bytes, 'named-wrong.pdf')).toMatchObject({ kind, text: null, textStatus: 'unsupported' });
    }
  }, 30_000);

  it('caps the text at MAX_DOCUMENT_TEXT characters', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `${i}`.padEnd(10_000, '字'));
    const file = await uploadAndTake(core, docxFile(long), 'long.docx');
    expect(file.text!.length).toBe(MAX_DOCUMENT_TEXT);
  }, 30_000);
});
