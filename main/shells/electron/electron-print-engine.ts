import type { PrinterInfo } from '../../../contract/print';
import { AppError, type PageSizeMm, type PrintEngine } from '../../app';
import { withDeadline } from '../deadline';
import { READ_SPILL, reportSpill, showJobScript } from '../print-page';

const MM_PER_INCH = 25.4;

/** The parts of a hidden BrowserWindow's webContents the engine uses: a fake stands in for it in tests/unit/electron. */
export interface PrintContents {
  once(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  executeJavaScript(code: string): Promise<unknown>;
  printToPDF(options: {
    pageSize: { width: number; height: number };
    margins: { top: number; right: number; bottom: number; left: number };
    printBackground: boolean;
    preferCSSPageSize: boolean;
  }): Promise<Buffer>;
  print(
    options: { silent: boolean; deviceName: string; printBackground: boolean; margins: { marginType: 'none' }; pageSize: { width: number; height: number } },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
}

export interface PrintWindow {
  readonly webContents: PrintContents;
  isDestroyed(): boolean;
  destroy(): void;
}

/** The Electron side effects, passed in by main.ts. */
export interface ElectronPrintDeps<W extends PrintWindow = PrintWindow> {
  /** A hidden window with the app's preload, sandboxed. */
  createWindow: () => W;
  /** Loads the print route for a job into a fresh window. */
  loadRoute: (win: W, jobId: string) => Promise<void>;
  /** Whose printer list to read (the app window's), if there is one yet. */
  printers: () => { getPrintersAsync(): Promise<{ name: string; displayName: string }[]> } | undefined;
  readyTimeoutMs?: number;
  /** Loading or switching the route, waiting for it and printing or making the PDF, on a slow machine. */
  jobDeadlineMs?: number;
  pollMs?: number;
}

const READY = 'document.documentElement.dataset.printReady || document.documentElement.dataset.printError || ""';

interface Warm<W> {
  win: W;
  /** Rejects when the window's renderer stops; every job races it. */
  gone: Promise<never>;
  dead: boolean;
  /** The app's page is loaded (a job ran in it): the next job is a hash change. */
  loaded: boolean;
  /** The job the page shows, ready, right now. */
  shown: string | null;
}

/**
 * Renders the print route in ONE hidden window kept warm between jobs (a new
 * job is a hash change: the renderer is parsed once, not per badge), like
 * the web shell's engine. Jobs take turns. `print` prints the page that was
 * just rendered to the PDF, without loading it again; only when another job
 * came between is it shown again first. A job that fails, hangs past its
 * deadline or loses its renderer fails alone (PRINT_FAILED) and the window is
 * replaced for the next one.
 *
 * printToPDF takes inches and print() takes microns (TOOLCHAIN.md trap 7);
 * label printers have a history of wrong sizes with silent printing
 * (electron/electron#36067, #39179, #39778, #41813), hence per-printer
 * offsets, the test print and the PDF path.
 */
export class ElectronPrintEngine<W extends PrintWindow = PrintWindow> implements PrintEngine {
  private warm: Warm<W> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly readyTimeoutMs: number;
  private readonly jobDeadlineMs: number;
  private readonly pollMs: number;

  constructor(private readonly deps: ElectronPrintDeps<W>) {
    this.readyTimeoutMs = deps.readyTimeoutMs ?? 20_000;
    this.jobDeadlineMs = deps.jobDeadlineMs ?? 90_000;
    this.pollMs = deps.pollMs ?? 50;
  }

  async listPrinters(): Promise<PrinterInfo[]> {
    const contents = this.deps.printers();
    if (!contents) return [];
    // Electron 45 no longer reports the OS default printer; the desk remembers its own choice.
    return (await contents.getPrintersAsync()).map((p) => ({ id: p.name, name: p.displayName || p.name, isDefault: false }));
  }

  private window(): Warm<W> {
    if (this.warm && !this.warm.dead && !this.warm.win.isDestroyed()) return this.warm;
    this.discard();
    const win = this.deps.createWindow();
    const warm: Warm<W> = { win, gone: Promise.resolve() as never, dead: false, loaded: false, shown: null };
    warm.gone = new Promise<never>((_resolve, reject) =>
      win.webContents.once('render-process-gone', (_event, details) => {
        warm.dead = true;
        reject(new AppError('PRINT_FAILED', `The print page stopped (${details.reason}).`));
      }),
    );
    warm.gone.catch(() => undefined);
    this.warm = warm;
    return warm;
  }

  /** A window in an unknown state (failed, stuck or crashed job) is destroyed, never reused. */
  private discard(): void {
    const stale = this.warm;
    this.warm = null;
    if (stale && !stale.win.isDestroyed()) stale.win.destroy();
  }

  private async show(warm: Warm<W>, jobId: string): Promise<void> {
    warm.shown = null;
    const contents = warm.win.webContents;
    if (warm.loaded) await contents.executeJavaScript(showJobScript(jobId));
    else await this.deps.loadRoute(warm.win, jobId);
    const deadline = Date.now() + this.readyTimeoutMs;
    for (;;) {
      const state = (await contents.executeJavaScript(READY)) as string;
      if (state === 'true') break;
      if (state) throw new AppError('PRINT_FAILED', `The print route failed: ${state}`);
      if (Date.now() > deadline) throw new AppError('PRINT_FAILED', 'The print route did not get ready.');
      await new Promise((r) => setTimeout(r, this.pollMs));
    }
    reportSpill(jobId, await contents.executeJavaScript(READ_SPILL));
    warm.loaded = true;
    warm.shown = jobId;
  }

  /** One job at a time on the warm window, within its deadline and against its renderer stopping. */
  private run<T>(step: (warm: Warm<W>) => Promise<T>): Promise<T> {
    const job = this.queue.then(async () => {
      const warm = this.window();
      try {
        return await withDeadline(Promise.race([step(warm), warm.gone]), this.jobDeadlineMs, 'Printing');
      } catch (err) {
        if (this.warm === warm) this.discard();
        throw err;
      }
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  renderPdf(jobId: string, page: PageSizeMm): Promise<Buffer> {
    return this.run(async (warm) => {
      await this.show(warm, jobId);
      return warm.win.webContents.printToPDF({
        pageSize: { width: page.widthMm / MM_PER_INCH, height: page.heightMm / MM_PER_INCH },
        margins: { top: 0, right: 0, bottom: 0, left: 0 },
        printBackground: true,
        preferCSSPageSize: true,
      });
    });
  }

  /** Prints the page `renderPdf` just made into `_pdf`, still shown in the warm window; shown again only if another job came between. */
  print(jobId: string, page: PageSizeMm, printerId: string, _pdf: Buffer): Promise<void> {
    return this.run(async (warm) => {
      if (warm.shown !== jobId) await this.show(warm, jobId);
      await new Promise<void>((resolve, reject) =>
        warm.win.webContents.print(
          {
            silent: true,
            deviceName: printerId,
            printBackground: true,
            margins: { marginType: 'none' },
            pageSize: { width: page.widthMm * 1000, height: page.heightMm * 1000 },
          },
          (ok, reason) => (ok ? resolve() : reject(new AppError('PRINT_FAILED', `The printer refused the job: ${reason}`))),
        ),
      );
    });
  }

  async close(): Promise<void> {
    this.discard();
  }
}
