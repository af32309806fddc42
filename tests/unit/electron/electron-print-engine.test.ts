import { describe, expect, it, vi } from 'vitest';
import { ElectronPrintEngine, type PrintContents, type PrintWindow } from '../../../main/shells/electron/electron-print-engine';
import { SPILL_LOG } from '../../../main/shells/print-page';

const BADGE = { widthMm: 101.6, heightMm: 50.8 };

/**
 * A hidden BrowserWindow standing in for Electron's: the page becomes ready a
 * moment after a route loads or its hash changes, as the renderer's print
 * route does; what a job asks for (a failing route, a crash, a refusing
 * printer) is set per job id.
 */
class FakeWindow implements PrintWindow {
  destroyed = false;
  shown: string | null = null;
  loads = 0;
  hashChanges = 0;
  pdfs: string[] = [];
  printed: { job: string | null; deviceName: string; pageSize: { width: number; height: number } }[] = [];
  private ready = '';
  private spill = '';
  private gone: ((event: unknown, details: { reason: string }) => void) | null = null;

  constructor(private readonly behaviour: Record<string, 'fails' | 'crashes' | 'hangs' | 'spills'>) {}

  show(jobId: string) {
    this.shown = jobId;
    this.ready = '';
    this.spill = '';
    const what = this.behaviour[jobId];
    if (what === 'crashes') setTimeout(() => this.gone?.(null, { reason: 'crashed' }), 5);
    else if (what !== 'hangs') setTimeout(() => (this.ready = what === 'fails' ? 'layout' : 'true'), 5);
    if (what === 'spills') this.spill = '["V261129MWM0001"]';
  }

  readonly webContents: PrintContents = {
    once: (_event, listener) => (this.gone = listener),
    executeJavaScript: async (code) => {
      const hash = /#\/print\/([\w-]+)/.exec(code);
      if (hash) {
        this.hashChanges++;
        this.show(hash[1]!);
        return undefined;
      }
      if (code.includes('printSpill')) return this.spill;
      return this.ready;
    },
    printToPDF: async () => {
      this.pdfs.push(this.shown!);
      return Buffer.from(`%PDF ${this.shown}`);
    },
    print: (options, callback) => {
      this.printed.push({ job: this.shown, deviceName: options.deviceName, pageSize: options.pageSize });
      setTimeout(() => (options.deviceName === 'Jammed' ? callback(false, 'paper jam') : callback(true, '')), 1);
    },
  };

  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

function setup(behaviour: Record<string, 'fails' | 'crashes' | 'hangs' | 'spills'> = {}) {
  const windows: FakeWindow[] = [];
  const engine = new ElectronPrintEngine<FakeWindow>({
    createWindow: () => {
      const win = new FakeWindow(behaviour);
      windows.push(win);
      return win;
    },
    loadRoute: async (win, jobId) => {
      win.loads++;
      win.show(jobId);
    },
    printers: () => ({ getPrintersAsync: async () => [{ name: 'Brother_QL', displayName: 'Brother QL-820NWB' }] }),
    readyTimeoutMs: 500,
    jobDeadlineMs: 1_000,
    pollMs: 2,
  });
  return { engine, windows };
}

describe('the Electron print engine', () => {
  it('keeps one warm hidden window: the first job loads the route, the next ones only change its hash', async () => {
    const { engine, windows } = setup();
    expect((await engine.renderPdf('job-1', BADGE)).toString()).toBe('%PDF job-1');
    expect((await engine.renderPdf('job-2', BADGE)).toString()).toBe('%PDF job-2');
    expect((await engine.renderPdf('job-3', BADGE)).toString()).toBe('%PDF job-3');
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatchObject({ loads: 1, hashChanges: 2, destroyed: false });
    await engine.close();
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('prints the page it just rendered to the PDF, without rendering it again, at the page size in microns', async () => {
    const { engine, windows } = setup();
    const pdf = await engine.renderPdf('job-1', BADGE);
    await engine.print('job-1', BADGE, 'Brother_QL', pdf);
    expect(windows[0]).toMatchObject({ loads: 1, hashChanges: 0, pdfs: ['job-1'] });
    expect(windows[0]!.printed).toEqual([{ job: 'job-1', deviceName: 'Brother_QL', pageSize: { width: 101_600, height: 50_800 } }]);
  });

  it('shows a job again before printing it when another job came between', async () => {
    const { engine, windows } = setup();
    const first = await engine.renderPdf('job-1', BADGE);
    await engine.renderPdf('job-2', BADGE);
    await engine.print('job-1', BADGE, 'Brother_QL', first);
    expect(windows[0]!.printed.map((p) => p.job)).toEqual(['job-1']);
  });

  it('takes jobs in turn: two at once never share the page', async () => {
    const { engine, windows } = setup();
    const [a, b] = await Promise.all([engine.renderPdf('job-a', BADGE), engine.renderPdf('job-b', BADGE)]);
    expect([a.toString(), b.toString()]).toEqual(['%PDF job-a', '%PDF job-b']);
    expect(windows).toHaveLength(1);
  });

  it('fails a job whose route reports an error, and starts the next on a fresh window', async () => {
    const { engine, windows } = setup({ 'job-bad': 'fails' });
    await engine.renderPdf('job-1', BADGE);
    await expect(engine.renderPdf('job-bad', BADGE)).rejects.toMatchObject({ code: 'PRINT_FAILED', message: expect.stringContaining('layout') });
    expect(windows[0]!.destroyed).toBe(true);
    expect((await engine.renderPdf('job-2', BADGE)).toString()).toBe('%PDF job-2');
    expect(windows).toHaveLength(2);
    expect(windows[1]!.loads).toBe(1);
  });

  it('fails a job whose renderer crashes, at once, and the desk prints on', async () => {
    const { engine, windows } = setup({ 'job-crash': 'crashes' });
    await expect(engine.renderPdf('job-crash', BADGE)).rejects.toMatchObject({ code: 'PRINT_FAILED', message: expect.stringContaining('crashed') });
    expect(windows[0]!.destroyed).toBe(true);
    expect((await engine.renderPdf('job-2', BADGE)).toString()).toBe('%PDF job-2');
  });

  it('fails a job that never gets ready within its time, not forever', async () => {
    const { engine, windows } = setup({ 'job-stuck': 'hangs' });
    await expect(engine.renderPdf('job-stuck', BADGE)).rejects.toMatchObject({ code: 'PRINT_FAILED' });
    expect(windows[0]!.destroyed).toBe(true);
    expect((await engine.renderPdf('job-2', BADGE)).toString()).toBe('%PDF job-2');
  });

  it('logs the texts a page reports wider than their place, once per job, and still prints it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { engine, windows } = setup({ 'job-2': 'spills' });
      await engine.renderPdf('job-1', BADGE);
      expect(warn).not.toHaveBeenCalled();
      const pdf = await engine.renderPdf('job-2', BADGE);
      await engine.print('job-2', BADGE, 'Brother_QL', pdf);
      expect(windows[0]!.printed.map((p) => p.job)).toEqual(['job-2']);
      expect(warn.mock.calls).toEqual([[`${SPILL_LOG} (job job-2): ["V261129MWM0001"]`]]);
    } finally {
      warn.mockRestore();
    }
  });

  it("reports the printer's refusal as PRINT_FAILED", async () => {
    const { engine } = setup();
    const pdf = await engine.renderPdf('job-1', BADGE);
    await expect(engine.print('job-1', BADGE, 'Jammed', pdf)).rejects.toMatchObject({ code: 'PRINT_FAILED', message: expect.stringContaining('paper jam') });
  });

  it("lists the app window's printers by their display names", async () => {
    const { engine } = setup();
    expect(await engine.listPrinters()).toEqual([{ id: 'Brother_QL', name: 'Brother QL-820NWB', isDefault: false }]);
  });
});
