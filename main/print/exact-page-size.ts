import { loadPdfLib } from '../files/heavy-modules';
import type { PageSizeMm } from './print-engine';

const PT_PER_MM = 72 / 25.4;

/**
 * Chromium rounds a PDF's page to whole points (89 mm comes out as 88.9 mm),
 * and label printers scale or shift what does not match their stock. Set every
 * page's boxes to the exact size, anchored at the top-left where the content is.
 */
export async function withExactPageSize(pdf: Uint8Array, page: PageSizeMm): Promise<Buffer> {
  const { PDFDocument } = await loadPdfLib();
  const doc = await PDFDocument.load(pdf);
  const width = page.widthMm * PT_PER_MM;
  const height = page.heightMm * PT_PER_MM;
  for (const p of doc.getPages()) {
    const box = p.getMediaBox();
    const top = box.y + box.height;
    p.setMediaBox(box.x, top - height, width, height);
    p.setCropBox(box.x, top - height, width, height);
  }
  return Buffer.from(await doc.save());
}
