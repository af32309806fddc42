import { useRef } from 'react';
import { HANDLING_MS_MAX } from '../../../contract/visits';

/**
 * How long a registration takes at the desk (the reports' handling time):
 * from the first keystroke (or other input: a paste, a pick) in an empty
 * check-in form to its submit. The form
 * clearing (Esc, a check-in done) starts it afresh; bringing a cleared form
 * back brings its start back too. A form left open past the contract's
 * limit sends nothing rather than a number that is not a registration.
 */
export class RegistrationTimer {
  private startedAt: number | null = null;
  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** On every key or change in the form: only the first one of a registration counts. */
  input(): void {
    this.startedAt ??= this.clock();
  }

  /** The form was emptied; returns the start so an undo can put it back. */
  reset(): number | null {
    const was = this.startedAt;
    this.startedAt = null;
    return was;
  }

  restore(start: number | null): void {
    this.startedAt = start;
  }

  /** The time so far, as the check-in call takes it; nothing when not measured. */
  elapsed(): { handlingMs?: number } {
    if (this.startedAt === null) return {};
    const ms = Math.round(this.clock() - this.startedAt);
    return ms <= HANDLING_MS_MAX ? { handlingMs: ms } : {};
  }
}

/** One timer for the form's life. */
export function useRegistrationTimer(): RegistrationTimer {
  const timer = useRef<RegistrationTimer | null>(null);
  timer.current ??= new RegistrationTimer();
  return timer.current;
}
