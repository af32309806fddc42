import type { DomainHandlers } from '../../core/handlers';

// Base frame only: the reports helper replaces these with the queries.
const notYet = (): never => {
  throw new Error('reports: not built yet');
};
export const reportsHandlers: DomainHandlers<'reports'> = { visits: notYet, peakHours: notYet, handling: notYet, preferences: notYet, service: notYet };
