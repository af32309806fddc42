import Database from 'better-sqlite3';
import { statSync } from 'node:fs';

/*
 * Why checkpoints are ours and not SQLite's. With its automatic checkpoint
 * (every 1 000 pages) SQLite copies the log into the file inside whichever
 * commit crossed the mark: at about 40 pages a check-in that was one check-in
 * in 25 taking 30–300 ms more, which is the check-in's p95 (issue 17). So the
 * connection runs with `wal_autocheckpoint = 0` (db/open.ts) and this schedule
 * checkpoints when the desk is idle, or, when the log passes its bound, right
 * after the commit that crossed it returned (setImmediate): never inside a
 * call. Durability does not depend on checkpoints: every commit is synced to
 * the log (synchronous=FULL), and the log is part of the database (backups read
 * through it, a crash replays it).
 */

/** Quiet time after the last commit before the log is folded into the file. */
export const IDLE_CHECKPOINT_MS = 2_000;
/** Past this the log is checkpointed after the next commit even while the desk is busy: SQLite's own mark (1 000 pages). A larger
 * one (8–32 MB) let a burst of check-ins outrun the snapshots of tests/unit/backup-kill.test.ts (the third did not begin within 100 s). */
export const WAL_BOUND_BYTES = 4 * 1024 * 1024;
/** How often the schedule looks (an unref'd timer: it never keeps the process alive). */
const TICK_MS = 1_000;
/** Writers outside the write path (the search catch-up, a restore) tell nobody: look this often anyway. */
const IDLE_SWEEP_MS = 30_000;

export interface CheckpointOptions {
  idleMs?: number;
  boundBytes?: number;
  tickMs?: number;
  now?: () => number;
  onError?: (err: unknown) => void;
}

export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export class WalCheckpoints {
  private lastCommit = 0;
  private lastCheckpoint = 0;
  /** Commits since the last checkpoint: an idle desk with nothing new does not checkpoint again. */
  private pending = 0;
  private immediate: NodeJS.Immediate | null = null;
  private readonly timer: NodeJS.Timeout;
  private closed = false;
  /** Nothing is folded into the file while held (see hold). */
  private held = false;
  private pageSize: number | undefined;
  /** After a checkpoint a reader held back: the log length (in frames) at which the bound tries again. */
  private retryAtFrame = 0;
  /** How many checkpoints ran, and why (for tests and the bench). */
  readonly ran = { idle: 0, bound: 0 };
  private readonly idleMs: number;
  private readonly boundBytes: number;
  private readonly now: () => number;
  private readonly onError: (err: unknown) => void;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly walFile: string,
    opts: CheckpointOptions = {},
  ) {
    this.idleMs = opts.idleMs ?? IDLE_CHECKPOINT_MS;
    this.boundBytes = opts.boundBytes ?? WAL_BOUND_BYTES;
    this.now = opts.now ?? Date.now;
    this.onError = opts.onError ?? (() => {});
    this.lastCheckpoint = this.now();
    this.timer = setInterval(() => this.tick(), opts.tickMs ?? TICK_MS);
    this.timer.unref();
  }

  /**
   * After a commit (the write path's after-commit hook): notes it, and when the
   * frames not yet copied into the file pass the bound, schedules a checkpoint
   * for when the call has returned. A checkpoint a reader held back (a backup
   * reading its one state) is not retried after every commit: only once the log
   * has grown by another bound's worth.
   */
  committed(): void {
    if (this.closed) return;
    this.lastCommit = this.now();
    this.pending++;
    if (this.held) return;
    const { log, checkpointed } = this.frames();
    const waiting = (log - checkpointed) * this.frameBytes();
    if (waiting <= this.boundBytes || log < this.retryAtFrame) return;
    if (this.immediate === null) {
      this.immediate = setImmediate(() => this.boundCheckpoint());
      return;
    }
    // Calls queued back to back in one turn of the event loop (a script, a burst in one task) never let the
    // scheduled checkpoint run: past twice the bound it runs now, after this commit, so the log has a limit.
    if (waiting > 2 * this.boundBytes) this.boundCheckpoint();
  }

  private boundCheckpoint(): void {
    if (this.immediate) clearImmediate(this.immediate);
    this.immediate = null;
    if (this.run('PASSIVE')) this.ran.bound++;
  }

  /** Frames in the log and frames of it already in the file (NOOP: reads the log's index, copies nothing). */
  frames(): { log: number; checkpointed: number } {
    if (!this.sqlite.open) return { log: 0, checkpointed: 0 };
    const [row] = this.sqlite.pragma('wal_checkpoint(NOOP)') as CheckpointResult[];
    return { log: Math.max(0, row?.log ?? 0), checkpointed: Math.max(0, row?.checkpointed ?? 0) };
  }

  private frameBytes(): number {
    this.pageSize ??= this.sqlite.pragma('page_size', { simple: true }) as number;
    // Each frame is a page and its 24-byte header.
    return this.pageSize + 24;
  }

  /** Bytes in the -wal file (the file keeps its size after a checkpoint; it is reused from the start). */
  walBytes(): number {
    return statSync(this.walFile, { throwIfNoEntry: false })?.size ?? 0;
  }

  /** The timer's look: idle long enough after commits, or a while since the last look. */
  tick(): void {
    if (this.closed || this.sqlite.inTransaction) return;
    const quietFor = this.now() - this.lastCommit;
    const due = this.pending > 0 ? quietFor >= this.idleMs : this.now() - this.lastCheckpoint >= IDLE_SWEEP_MS;
    if (due && this.run('PASSIVE')) this.ran.idle++;
  }

  /**
   * PASSIVE: copies what it can without waiting for readers or writers (a
   * backup reading at the time keeps its frames; the next checkpoint takes
   * them). TRUNCATE at close leaves no log behind (the clean-close marker needs none).
   */
  run(mode: 'PASSIVE' | 'TRUNCATE'): CheckpointResult | null {
    if (!this.sqlite.open || this.sqlite.inTransaction || this.held) return null;
    try {
      const [row] = this.sqlite.pragma(`wal_checkpoint(${mode})`) as CheckpointResult[];
      this.lastCheckpoint = this.now();
      const whole = !row || row.checkpointed >= row.log;
      // Held back by a reader: the idle look tries again later, the bound only after another bound's worth of log.
      if (whole) this.pending = 0;
      this.retryAtFrame = whole ? 0 : (row?.log ?? 0) + Math.ceil(this.boundBytes / this.frameBytes());
      return row ?? null;
    } catch (err) {
      this.onError(err);
      return null;
    }
  }

  /**
   * Folds nothing into the file until release: a file not yet verified after a
   * crash (main/app/integrity) must not take pages from the log, so that a
   * damaged one is left as it was and every commit made meanwhile stays in the
   * log. Held for good when the check finds damage.
   */
  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
  }

  /** Stops the schedule and folds the log into the file (before the connection closes), unless held. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.immediate = null;
    if (!this.held) this.run('TRUNCATE');
  }

  /**
   * Closes the schedule and the connection. Held, the log is left as it is:
   * SQLite's own last-connection close would fold it into the file, so a
   * read-only connection (which cannot checkpoint) is opened first and closed
   * last, keeping the file as it was and every commit in the -wal file.
   */
  closeDatabase(): void {
    this.close();
    if (!this.sqlite.open) return;
    if (!this.held) {
      this.sqlite.close();
      return;
    }
    let guard: Database.Database | null = null;
    try {
      guard = new Database(this.sqlite.name, { readonly: true, fileMustExist: true });
      guard.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
    } catch {
      // No second connection (the file cannot even be opened again): the close below may fold the log.
    }
    this.sqlite.close();
    guard?.close();
  }
}
