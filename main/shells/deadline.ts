import { AppError } from '../app';

/**
 * A print step that never settles (a hung or crashed renderer) would hold the
 * job, and every job queued behind it, forever: after `ms` it fails as
 * PRINT_FAILED instead. The step itself is left to settle or be cleaned up by
 * its caller.
 */
export function withDeadline<T>(step: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AppError('PRINT_FAILED', `${what} did not finish within ${ms / 1000} s.`)), ms);
  });
  return Promise.race([step, expired]).finally(() => clearTimeout(timer));
}
