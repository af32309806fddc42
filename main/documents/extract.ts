import { unzipSync } from 'fflate';
import { MAX_DOCUMENT_TEXT, type DocumentKind } from '../../contract/archive';
import { unifyRadicals } from './cjk-radicals';

/*
 * Text out of a file, in the documents worker only: each kind's parser is
 * imported when a file of that kind first comes (issue 17: heavy modules load
 * when used). unpdf (pdf.js) for PDF, mammoth for Word, the zip's own XML for
 * Excel's shared strings and PowerPoint's slides (fflate: no workbook model
 * needed to read words).
 */

/** The file's bytes do not parse as the kind they claim to be. */
export class UnreadableError extends Error {}

export type Extracted = { text: string | null; status: 'extracted' | 'unsupported' | 'failed' | 'withheld' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

function cap(text: string): string {
  const trimmed = unifyRadicals(text).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return trimmed.length > MAX_DOCUMENT_TEXT ? trimmed.slice(0, MAX_DOCUMENT_TEXT) : trimmed;
}

function unzip(bytes: Buffer, want: (name: string) => boolean): Record<string, string> {
  try {
    const parts = unzipSync(bytes, { filter: (f) => want(f.name) });
    return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, Buffer.from(data).toString('utf8')]));
  } catch (err) {
    throw new UnreadableError(`The zip does not open: ${(err as Error).message}`);
  }
}

const partNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);

/** Every `<tag>…</tag>` text (tag given with its prefix), in order. */
function runs(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => xmlText(m[1]!));
}

function pptxText(bytes: Buffer): string {
  const parts = unzip(bytes, (n) => /^ppt\/slides\/slide\d+\.xml$/.test(n) || n === 'ppt/presentation.xml');
  if (!parts['ppt/presentation.xml']) throw new UnreadableError('No presentation part.');
  return Object.keys(parts)
    .filter((n) => n.startsWith('ppt/slides/'))
    .sort((a, b) => partNumber(a) - partNumber(b))
    .map((n) =>
      parts[n]!
        .split(/<\/a:p>/)
        .map((p) => runs(p, 'a:t').join(''))
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}

function xlsxText(bytes: Buffer): string {
  const parts = unzip(bytes, (n) => n === 'xl/workbook.xml' || n === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  if (!parts['xl/workbook.xml']) throw new UnreadableError('No workbook part.');
  const shared = (parts['xl/sharedStrings.xml'] ?? '').split(/<\/si>/).map((si) => runs(si, 't').join(''));
  const lines: string[] = shared.filter(Boolean);
  // Inline strings (written by some tools instead of shared ones) live in the sheets themselves.
  for (const name of Object.keys(parts).filter((n) => n.startsWith('xl/worksheets/')).sort((a, b) => partNumber(a) - partNumber(b))) {
    for (const is of parts[name]!.match(/<is>[\s\S]*?<\/is>/g) ?? []) lines.push(runs(is, 't').join(''));
  }
  return lines.join('\n');
}

async function docxText(bytes: Buffer): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  try {
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (err) {
    throw new UnreadableError(`Word could not be read: ${(err as Error).message}`);
  }
}

async function pdfText(bytes: Buffer, withText: boolean): Promise<string | null> {
  const { getDocumentProxy, extractText } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // A page tree that does not resolve is a damaged file even when the header parsed.
    await pdf.getPage(1);
  } catch (err) {
    throw new UnreadableError(`The PDF does not parse: ${(err as Error).message}`);
  }
  try {
    if (!withText) return null;
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  } finally {
    await pdf.cleanup();
  }
}

/**
 * Parses the file as `kind` (throws UnreadableError when it does not parse) and
 * returns its text, capped; withheld (parsed, no text kept) when confidential.
 */
export async function extractFrom(bytes: Buffer, kind: DocumentKind, confidential: boolean): Promise<Extracted> {
  const withheld = (): Extracted => ({ text: null, status: 'withheld' });
  switch (kind) {
    case 'pdf': {
      const text = await pdfText(bytes, !confidential);
      return text === null ? withheld() : { text: cap(text), status: 'extracted' };
    }
    case 'docx': {
      const text = await docxText(bytes);
      return confidential ? withheld() : { text: cap(text), status: 'extracted' };
    }
    case 'xlsx': {
      const text = xlsxText(bytes);
      return confidential ? withheld() : { text: cap(text), status: 'extracted' };
    }
    case 'pptx': {
      const text = pptxText(bytes);
      return confidential ? withheld() : { text: cap(text), status: 'extracted' };
    }
    default:
      return confidential ? withheld() : { text: null, status: 'unsupported' };
  }
}
