import { loadPdfLib } from '../../files/heavy-modules';
import { SAVE_AS_PDF, type PrintJobPayload } from '../../../contract/print';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { withExactPageSize } from '../../print/exact-page-size';
import type { PrintJobStore } from '../../print/job-store';
import type { PageSizeMm } from '../../print/print-engine';
import { saveAndOffer } from '../files';

export const A4_PORTRAIT: PageSizeMm = { widthMm: 210, heightMm: 297 };
export const A4_LANDSCAPE: PageSizeMm = { widthMm: 297, heightMm: 210 };

export interface Delivered {
  outcome: 'printed' | 'saved';
  fileName: string | null;
  fileId: string | null;
  pages: number;
}

/** Refused before anything renders: a printer that is gone (unplugged, renamed) is not tried. */
export async function assertPrinterAvailable(ctx: ServiceContext, printerId: string): Promise<void> {
  if (printerId === SAVE_AS_PDF) return;
  if (!(await ctx.printEngine.listPrinters()).some((p) => p.id === printerId)) {
    throw new AppError('PRINTER_UNAVAILABLE', 'That printer is not available.', { printerId });
  }
}

/** Letters and digits of any script, so 华为来访 stays readable in a file name; the rest becomes '-'. */
export function fileNamePart(text: string, max = 40): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, max) || 'plan';
}

/**
 * Renders one document job through the print route at its page size, then
 * prints it or saves the PDF in the data folder's prints/. The job is dropped
 * from memory as soon as the PDF exists.
 */
export async function renderAndDeliver(
  ctx: ServiceContext,
  jobs: PrintJobStore,
  job: { payload: PrintJobPayload; page: PageSizeMm; printerId: string; fileBase: string },
): Promise<Delivered> {
  await assertPrinterAvailable(ctx, job.printerId);
  const jobId = jobs.add(job.payload);
  try {
    const pdf = await withExactPageSize(await ctx.printEngine.renderPdf(jobId, job.page), job.page);
    const { PDFDocument } = await loadPdfLib();
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    if (job.printerId !== SAVE_AS_PDF) {
      await ctx.printEngine.print(jobId, job.page, job.printerId, pdf);
      return { outcome: 'printed', fileName: null, fileId: null, pages };
    }
    return { outcome: 'saved', ...saveAndOffer(ctx, 'prints', job.fileBase, 'pdf', pdf), pages };
  } finally {
    jobs.delete(jobId);
  }
}
