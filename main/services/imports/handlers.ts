import type { DomainHandlers } from '../../core/handlers';

export const importsHandlers: DomainHandlers<'imports'> = {};
