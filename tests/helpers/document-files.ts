import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../main/shells/web/find-chromium';

/*
 * Real files of every kind the archive takes, made in the test: minimal but
 * valid Office Open XML zips (what Word and PowerPoint write, without styles),
 * an Excel workbook by exceljs, a PDF printed by Chromium (how the app's own
 * printouts are made).
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function contentTypes(overrides: Record<string, string>): string {
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${Object.entries(
    overrides,
  )
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('')}</Types>`;
}

const rootRels = (target: string) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${target}"/></Relationships>`;

/** A Word document whose paragraphs are `paragraphs`. */
export function docxFile(paragraphs: string[], mainType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(contentTypes({ '/word/document.xml': mainType })),
      '_rels/.rels': strToU8(rootRels('word/document.xml')),
      'word/document.xml': strToU8(`${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
    }),
  );
}

/** A presentation with one slide per entry, each slide's lines as paragraphs. */
export function pptxFile(slides: string[][]): Buffer {
  const slideXml = (lines: string[]) =>
    `${XML}<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody>${lines
      .map((l) => `<a:p><a:r><a:t>${esc(l)}</a:t></a:r></a:p>`)
      .join('')}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      contentTypes({
        '/ppt/presentation.xml': 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
        ...Object.fromEntries(slides.map((_, i) => [`/ppt/slides/slide${i + 1}.xml`, 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml'])),
      }),
    ),
    '_rels/.rels': strToU8(rootRels('ppt/presentation.xml')),
    'ppt/presentation.xml': strToU8(`${XML}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`),
  };
  // Slide 10 after slide 2: the order is by number, not by name.
  slides.forEach((lines, i) => (files[`ppt/slides/slide${i + 1}.xml`] = strToU8(slideXml(lines))));
  return Buffer.from(zipSync(files));
}

/** A workbook with one sheet of these rows (exceljs writes shared strings, as Excel does). */
export async function xlsxFile(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('来访');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A compound file (legacy Office) whose directory names one stream: the header, one FAT sector, one directory sector. */
export function oleFile(streamName: string): Buffer {
  const sector = 512;
  const header = Buffer.alloc(sector);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0x4c; i < sector; i += 4) header.writeUInt32LE(0xffffffff, i);
  header.writeUInt32LE(0, 0x4c);
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = Buffer.alloc(sector);
  const entry = (at: number, name: string, type: number) => {
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 0x40);
    dir[at + 0x42] = type;
    dir.writeUInt32LE(0xffffffff, at + 0x44);
    dir.writeUInt32LE(0xffffffff, at + 0x48);
    dir.writeUInt32LE(type === 5 ? 1 : 0xffffffff, at + 0x4c);
  };
  entry(0, 'Root Entry', 5);
  entry(128, streamName, 2);
  return Buffer.concat([header, fat, dir]);
}

/** A PDF printed by Chromium from this HTML (the way the app's printouts are made). */
export async function chromiumPdf(html: string): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium here (set CHROMIUM_PATH).');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><meta charset="utf-8"><body style="font-family: 'Noto Sans CJK SC', sans-serif">${html}</body>`);
    return Buffer.from(await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}
