import type { DomainHandlers } from '../../core/handlers';
import { completeness } from './completeness';
import { compliance } from './compliance';
import { listDrills, saveDrill } from './drills';
import { emergencyPlanFor, saveEmergencyPlan } from './emergency-plans';
import { listInspections, recordInspection } from './inspections';

export const qualityHandlers: DomainHandlers<'quality'> = {
  inspections: (ctx, input) => listInspections(ctx.db, input),
  recordInspection,
  completeness,
  compliance,
  emergencyPlan: (ctx, input) => emergencyPlanFor(ctx.db, input.planId),
  saveEmergencyPlan,
  drills: (ctx, input) => listDrills(ctx.db, input),
  saveDrill,
};
