import { PDFDocument, StandardFonts } from 'pdf-lib';
import { UPLOAD_CHUNK_BYTES } from '../../contract/archive';

interface Caller {
  call: <T = unknown>(name: string, input: unknown) => Promise<T>;
}

/** Sends bytes through the store's upload channels, as the renderer does (chunks in base64); returns the upload id. */
export async function uploadBytes(core: Caller, bytes: Uint8Array, fileName: string): Promise<string> {
  const { uploadId, chunkBytes } = await core.call<{ uploadId: string; chunkBytes: number }>('storage.begin', { fileName, size: bytes.length });
  const step = chunkBytes || UPLOAD_CHUNK_BYTES;
  for (let index = 0, at = 0; at < bytes.length; index++, at += step) {
    await core.call('storage.chunk', { uploadId, index, data: Buffer.from(bytes.subarray(at, at + step)).toString('base64') });
  }
  return uploadId;
}

/** A real one-page PDF whose text is these lines (Latin letters: the standard fonts carry no Chinese). */
export async function pdfWithText(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  // A fixed date: the same lines make the same bytes, so the same file twice is the same content.
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  return doc.save();
}

/** A tiny valid PNG (1×1, red). */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
