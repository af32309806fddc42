import type { Browser, Page } from 'playwright-core';
import type { PrinterInfo } from '../../../contract/print';
import { AppError, type PageSizeMm, type PrintEngine } from '../../app';
import { listCupsPrinters, printWithCups } from './cups-printers';
import { withDeadline } from '../deadline';
import { READ_SPILL, reportSpill, showJobScript } from '../print-page';
import { CHROMIUM_ARGS, chromiumLaunch, findChromium } from './find-chromium';

const READY_TIMEOUT_MS = 20_000;
/** Starting Chromium, waiting for the route and making the PDF, on a slow machine. */
const JOB_DEADLINE_MS = 90_000;

/**
 * The web shell's print engine: the renderer's print route rendered in headless
 * Chromium at the exact page size, then saved or sent to CUPS. The browser is
 * started on the first print and kept warm for the next badge.
 */
export class ChromiumPrintEngine implements PrintEngine {
  private browser: Promise<Browser> | null = null;
  private page: Promise<Page> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * @param appRoot the app's folder, where the launcher that ties Chromium to
   *   this process lives; without it Chromium is started directly.
   */
  constructor(
    private readonly routeUrl: (jobId: string) => string,
    private readonly appRoot?: string,
  ) {}

  listPrinters(): Promise<PrinterInfo[]> {
    return listCupsPrinters();
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const executablePath = findChromium();
      if (!executablePath) throw new AppError('PRINT_FAILED', 'No Chromium found to render the print (set CHROMIUM_PATH).');
      const how = this.appRoot ? chromiumLaunch(this.appRoot, executablePath) : { executablePath };
      // playwright-core takes ~0.65 s to load in a fresh process: loaded with the first print (or the
      // warm-up after start), never before the desk's first answer.
      const launched = import('playwright-core').then(({ chromium }) => chromium.launch({ ...how, args: CHROMIUM_ARGS, headless: true }));
      this.browser = launched;
      launched.then(
        // Chromium that crashed or was killed is started afresh for the next job, not reused dead.
        (browser) =>
          browser.on('disconnected', () => {
            if (this.browser === launched) {
              this.browser = null;
              this.page = null;
            }
          }),
        () => {
          if (this.browser === launched) this.browser = null;
        },
      );
    }
    return this.browser;
  }

  /**
   * One page stays loaded between jobs: a new job is only a hash change, so
   * the renderer's code is parsed once, not for every badge. Jobs take turns.
   */
  private warmPage(): Promise<Page> {
    if (!this.page) {
      this.page = this.launch()
        .then((browser) => browser.newPage())
        .catch((err: unknown) => {
          this.page = null;
          throw err;
        });
    }
    return this.page;
  }

  /** Starts Chromium and loads the print page ahead of the first badge, so that one is quick too. */
  warmUp(): void {
    this.queue = this.queue
      .then(async () => {
        const tab = await this.warmPage();
        await tab.goto(this.routeUrl('warm-up'));
      })
      .catch(() => {
        this.page = null;
      });
  }

  renderPdf(jobId: string, page: PageSizeMm): Promise<Buffer> {
    // One job that hangs (a stuck page) fails alone after the deadline; the jobs behind it go on.
    const attempt = async () => {
      try {
        return await withDeadline(this.renderOnWarmPage(jobId, page), JOB_DEADLINE_MS, 'Rendering the print');
      } catch (err) {
        this.discardPage();
        throw err;
      }
    };
    const run = this.queue.then(async () => {
      try {
        return await attempt();
      } catch (err) {
        // Chromium died under this job (crashed, killed): once more on a fresh one.
        if (!(await this.browserDied())) throw err;
        this.browser = null;
        return attempt();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async browserDied(): Promise<boolean> {
    const browser = await this.browser?.catch(() => null);
    return !browser || !browser.isConnected();
  }

  /** A page in an unknown state (failed or stuck job) is closed and not reused. */
  private discardPage(): void {
    const stale = this.page;
    this.page = null;
    void stale?.then((tab) => tab.close()).catch(() => undefined);
  }

  private async renderOnWarmPage(jobId: string, page: PageSizeMm): Promise<Buffer> {
    let tab = await this.warmPage();
    if (tab.isClosed() || !tab.context().browser()?.isConnected()) {
      // Chromium died before its 'disconnected' event was handled: start afresh now.
      this.browser = null;
      this.discardPage();
      tab = await this.warmPage();
    }
    try {
      if (tab.url().startsWith('http')) {
        // Runs in the page (a string, since this file is Node code).
        await tab.evaluate(showJobScript(jobId));
      } else {
        await tab.goto(this.routeUrl(jobId));
      }
      await tab.waitForSelector('html[data-print-ready="true"], html[data-print-error]', { timeout: READY_TIMEOUT_MS, state: 'attached' });
      const error = await tab.getAttribute('html', 'data-print-error');
      if (error) throw new AppError('PRINT_FAILED', `The print route failed: ${error}`);
      reportSpill(jobId, await tab.evaluate(READ_SPILL));
      return await tab.pdf({
        width: `${page.widthMm}mm`,
        height: `${page.heightMm}mm`,
        printBackground: true,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        preferCSSPageSize: true,
      });
    } catch (err) {
      this.discardPage();
      throw err;
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
    this.page = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }
}
