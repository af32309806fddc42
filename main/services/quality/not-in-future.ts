import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';

/**
 * Inspections and drills are records of what happened: one dated later than
 * now would count in figures before it took place.
 */
export function refuseFuture(ctx: ServiceContext, path: string, at: string): void {
  if (at > localMinute(ctx.now())) throw new AppError('VALIDATION', 'This has not happened yet.', undefined, [{ path, message: 'quality.inFuture' }]);
}
