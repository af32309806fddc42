import type { PrinterInfo } from '../../contract/print';

export interface PageSizeMm {
  widthMm: number;
  heightMm: number;
}

/**
 * Turns a print job into paper. The Electron shell renders the print route in a
 * hidden window; the web shell in headless Chromium. Both render the same
 * renderer route at the exact page size.
 */
export interface PrintEngine {
  listPrinters(): Promise<PrinterInfo[]>;
  renderPdf(jobId: string, page: PageSizeMm): Promise<Buffer>;
  /** Sends the job to a physical printer; `pdf` is the already rendered file for engines that print files. */
  print(jobId: string, page: PageSizeMm, printerId: string, pdf: Buffer): Promise<void>;
  close(): Promise<void>;
}
