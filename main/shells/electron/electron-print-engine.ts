import { BrowserWindow, type WebContents } from 'electron';
import type { PrinterInfo } from '../../../contract/print';
import { AppError, type PageSizeMm, type PrintEngine } from '../../app';
import { withDeadline } from '../deadline';

const MM_PER_INCH = 25.4;
const READY_TIMEOUT_MS = 20_000;
/** Loading the route, waiting for it and printing or making the PDF, on a slow machine. */
const JOB_DEADLINE_MS = 90_000;

/**
 * Renders the print route in a hidden window. printToPDF takes inches and
 * print() takes microns (TOOLCHAIN.md trap 7); label printers have a history
 * of wrong sizes with silent printing (electron/electron#36067, #39179, #39778,
 * #41813), hence per-printer offsets and the PDF path.
 */
export class ElectronPrintEngine implements PrintEngine {
  constructor(
    private readonly loadPrintRoute: (win: BrowserWindow, jobId: string) => Promise<void>,
    private readonly preload: string,
    private readonly printerSource: () => WebContents | undefined,
  ) {}

  async listPrinters(): Promise<PrinterInfo[]> {
    const contents = this.printerSource();
    if (!contents) return [];
    // Electron 45 no longer reports the OS default printer; the desk remembers its own choice.
    return (await contents.getPrintersAsync()).map((p) => ({ id: p.name, name: p.displayName || p.name, isDefault: false }));
  }

  /**
   * One hidden window per job, always destroyed after it. A renderer that
   * crashes or hangs fails this job (PRINT_FAILED) within the deadline; it
   * never leaves a promise pending forever or takes the app down.
   */
  private async withRoute<T>(jobId: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { preload: this.preload, contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    const gone = new Promise<never>((_resolve, reject) =>
      win.webContents.once('render-process-gone', (_event, details) =>
        reject(new AppError('PRINT_FAILED', `The print page stopped (${details.reason}).`)),
      ),
    );
    gone.catch(() => undefined);
    const render = async () => {
      await this.loadPrintRoute(win, jobId);
      const deadline = Date.now() + READY_TIMEOUT_MS;
      for (;;) {
        const state = (await win.webContents.executeJavaScript(
          'document.documentElement.dataset.printReady || document.documentElement.dataset.printError || ""',
        )) as string;
        if (state === 'true') break;
        if (state) throw new AppError('PRINT_FAILED', `The print route failed: ${state}`);
        if (Date.now() > deadline) throw new AppError('PRINT_FAILED', 'The print route did not get ready.');
        await new Promise((r) => setTimeout(r, 50));
      }
      return await use(win.webContents);
    };
    try {
      return await withDeadline(Promise.race([render(), gone]), JOB_DEADLINE_MS, 'Printing');
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  }

  renderPdf(jobId: string, page: PageSizeMm): Promise<Buffer> {
    return this.withRoute(jobId, (contents) =>
      contents.printToPDF({
        pageSize: { width: page.widthMm / MM_PER_INCH, height: page.heightMm / MM_PER_INCH },
        margins: { top: 0, right: 0, bottom: 0, left: 0 },
        printBackground: true,
        preferCSSPageSize: true,
      }),
    );
  }

  print(jobId: string, page: PageSizeMm, printerId: string): Promise<void> {
    return this.withRoute(
      jobId,
      (contents) =>
        new Promise<void>((resolve, reject) =>
          contents.print(
            {
              silent: true,
              deviceName: printerId,
              printBackground: true,
              margins: { marginType: 'none' },
              pageSize: { width: page.widthMm * 1000, height: page.heightMm * 1000 },
            },
            (ok, reason) => (ok ? resolve() : reject(new AppError('PRINT_FAILED', `The printer refused the job: ${reason}`))),
          ),
        ),
    );
  }

  async close(): Promise<void> {}
}
