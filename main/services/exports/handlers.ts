import type { DomainHandlers } from '../../core/handlers';

export const exportsHandlers: DomainHandlers<'exports'> = {};
