import { unzipSync } from 'fflate';
import type { DocumentKind } from '../../contract/archive';

/*
 * What a file is, told by its bytes (never by its name): the magic numbers of
 * the kinds the archive takes; an Office Open XML zip by its main part's
 * content type (or, failing that, its part names); a legacy Office file by the
 * stream its compound-file directory names.
 */

export type Sniffed = { kind: DocumentKind } | { refused: 'document.type' | 'document.unreadable' | 'document.empty' };

const startsWith = (bytes: Buffer, magic: number[] | string, at = 0) => {
  const m = typeof magic === 'string' ? Buffer.from(magic, 'latin1') : Buffer.from(magic);
  return bytes.length >= at + m.length && bytes.subarray(at, at + m.length).equals(m);
};

const OOXML_MAIN: Record<string, 'docx' | 'xlsx' | 'pptx'> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'pptx',
};
const OOXML_PART: Record<string, 'docx' | 'xlsx' | 'pptx'> = { 'word/document.xml': 'docx', 'xl/workbook.xml': 'xlsx', 'ppt/presentation.xml': 'pptx' };

function sniffZip(bytes: Buffer): Sniffed {
  let contentTypes: string | null = null;
  const names: string[] = [];
  try {
    const parts = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return file.name === '[Content_Types].xml';
      },
    });
    const types = parts['[Content_Types].xml'];
    if (types) contentTypes = Buffer.from(types).toString('utf8');
  } catch {
    return { refused: 'document.unreadable' };
  }
  // A macro-enabled or template variant has another main content type: not taken.
  const mains = contentTypes ? [...contentTypes.matchAll(/ContentType="([^"]+)"/g)].map((m) => m[1]!) : [];
  for (const type of mains) {
    const kind = OOXML_MAIN[type];
    if (kind) return names.includes(Object.keys(OOXML_PART).find((p) => OOXML_PART[p] === kind)!) ? { kind } : { refused: 'document.unreadable' };
  }
  if (mains.some((t) => /officedocument|ms-(word|excel|powerpoint)/.test(t))) return { refused: 'document.type' };
  if (!contentTypes) {
    const byPart = names.map((n) => OOXML_PART[n]).find(Boolean);
    if (byPart) return { kind: byPart };
  }
  return { refused: 'document.type' };
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OLE_HEADER = 512;
const OLE_ENTRY = 128;
const OLE_STREAMS: [string, DocumentKind][] = [
  ['WordDocument', 'doc'],
  ['Workbook', 'xls'],
  ['Book', 'xls'],
  ['PowerPoint Document', 'ppt'],
];

/** Whether a compound file's directory has an entry of this name: UTF-16LE at a 128-byte entry boundary, with its length field agreeing. */
function hasOleEntry(bytes: Buffer, name: string): boolean {
  const wanted = Buffer.concat([Buffer.from(name, 'utf16le'), Buffer.alloc(2)]);
  for (let at = bytes.indexOf(wanted, OLE_HEADER); at >= 0; at = bytes.indexOf(wanted, at + 1)) {
    if ((at - OLE_HEADER) % OLE_ENTRY === 0 && at + 0x42 <= bytes.length && bytes.readUInt16LE(at + 0x40) === wanted.length) return true;
  }
  return false;
}

function sniffOle(bytes: Buffer): Sniffed {
  const found = OLE_STREAMS.find(([name]) => hasOleEntry(bytes, name));
  return found ? { kind: found[1] } : { refused: 'document.type' };
}

/** Images: the magic number, and the end the format requires (a cut-off image is unreadable). */
function sniffImage(bytes: Buffer): Sniffed | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return bytes.lastIndexOf('IEND', undefined, 'latin1') > 8 ? { kind: 'png' } : { refused: 'document.unreadable' };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return bytes.lastIndexOf(Buffer.from([0xff, 0xd9])) > 2 ? { kind: 'jpeg' } : { refused: 'document.unreadable' };
  }
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) {
    return bytes.at(-1) === 0x3b ? { kind: 'gif' } : { refused: 'document.unreadable' };
  }
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) {
    return bytes.readUInt32LE(4) + 8 <= bytes.length ? { kind: 'webp' } : { refused: 'document.unreadable' };
  }
  return null;
}

/** The kind of a whole file's plain bytes, or why it is refused. A PDF's own parsing happens in the worker (extract.ts). */
export function sniff(bytes: Buffer): Sniffed {
  if (bytes.length === 0) return { refused: 'document.empty' };
  if (startsWith(bytes, '%PDF-')) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (startsWith(bytes, OLE_MAGIC)) return sniffOle(bytes);
  return sniffImage(bytes) ?? { refused: 'document.type' };
}
