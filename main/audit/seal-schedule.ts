/** How long after a commit the seal follows: a burst of check-ins costs one seal write. */
export const SEAL_DELAY_MS = 1000;

/**
 * Runs `seal` about a second after the first of a burst of commits (so a
 * steady stream of writes is still sealed every second), off the
 * write's own path (an unref'd timer: it never keeps the process alive), and
 * once more at close. The write path only calls `committed()`, which sets a
 * timer and returns, so a check-in never waits for the seal file.
 */
export class SealSchedule {
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly seal: () => void,
    private readonly onError: (err: unknown) => void,
    private readonly delayMs = SEAL_DELAY_MS,
  ) {}

  /** After a commit: seal soon. Calls within the delay share the one timer already set. */
  committed(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, this.delayMs);
    this.timer.unref();
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  /** Seals now (a pending timer is cancelled): at close, and where a caller needs the seal current. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.run();
  }

  /** The last seal of this run. Closed first: a commit the seal itself makes (an entry telling a short chain) sets no timer that would outlive the database. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flush();
  }

  /** Stops without sealing: a start that failed half-way leaves no timer behind its closed database. */
  cancel(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): void {
    try {
      this.seal();
    } catch (err) {
      // A seal that could not be written (a full disk) leaves the older one, which is behind, never ahead: no false alarm.
      this.onError(err);
    }
  }
}
