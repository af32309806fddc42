import type { DomainHandlers } from '../../core/handlers';
import { handlingReport } from './handling';
import { peakHoursReport } from './peak-hours';
import { preferencesReport } from './preferences';
import { serviceReport } from './service';
import { visitsReport } from './visits-report';

export const reportsHandlers: DomainHandlers<'reports'> = {
  visits: visitsReport,
  peakHours: peakHoursReport,
  handling: handlingReport,
  preferences: preferencesReport,
  service: serviceReport,
};
