import type { DomainHandlers } from '../../core/handlers';
import { keyStatus, startRotation } from './key-rotation';

export const keysHandlers: DomainHandlers<'keys'> = {
  status: (ctx) => keyStatus(ctx),
  rotate: (ctx, input) => startRotation(ctx, input.recoveryPassphrase),
};
