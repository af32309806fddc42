import { chromium, type Browser } from 'playwright-core';
import type { PrinterInfo } from '../../../contract/print';
import { AppError } from '../../core/errors';
import type { PageSizeMm, PrintEngine } from '../../print/print-engine';
import { listCupsPrinters, printWithCups } from './cups-printers';
import { CHROMIUM_ARGS, findChromium } from './find-chromium';

const READY_TIMEOUT_MS = 20_000;

/**
 * The web shell's print engine: the renderer's print route rendered in headless
 * Chromium at the exact page size, then saved or sent to CUPS. The browser is
 * started on the first print and kept warm for the next badge.
 */
export class ChromiumPrintEngine implements PrintEngine {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly routeUrl: (jobId: string) => string) {}

  listPrinters(): Promise<PrinterInfo[]> {
    return listCupsPrinters();
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const executablePath = findChromium();
      if (!executablePath) throw new AppError('PRINT_FAILED', 'No Chromium found to render the print (set CHROMIUM_PATH).');
      this.browser = chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
      this.browser.catch(() => (this.browser = null));
    }
    return this.browser;
  }

  async renderPdf(jobId: string, page: PageSizeMm): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(this.routeUrl(jobId));
      await tab.waitForSelector('html[data-print-ready="true"], html[data-print-error]', { timeout: READY_TIMEOUT_MS });
      const error = await tab.getAttribute('html', 'data-print-error');
      if (error) throw new AppError('PRINT_FAILED', `The print route failed: ${error}`);
      return await tab.pdf({
        width: `${page.widthMm}mm`,
        height: `${page.heightMm}mm`,
        printBackground: true,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        preferCSSPageSize: true,
      });
    } finally {
      await context.close();
    }
  }

  async print(_jobId: string, page: PageSizeMm, printerId: string, pdf: Buffer): Promise<void> {
    try {
      await printWithCups(printerId, pdf, page.widthMm, page.heightMm);
    } catch (err) {
      throw new AppError('PRINT_FAILED', `The printer refused the job: ${(err as Error).message}`);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }
}
