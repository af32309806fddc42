import type { DomainHandlers } from '../../core/handlers';
import { localMinute } from '../../core/clock';
import { incidentAnalysis } from './analysis';
import { logCallBack } from './callbacks';
import { escalateDue } from './escalation';
import { listIncidents } from './list';
import { addIncidentNote, archiveIncident, classifyIncident, dispatchIncident, logIncidentContact, resolveIncident, reviewIncident } from './moves';
import { deadlineOf, recordIncident } from './record';
import { incidentDetailOf } from './rows';
import { readIncidentRules, saveIncidentRules } from './rules';
import { listScripts, saveScript } from './scripts';

export const incidentsHandlers: DomainHandlers<'incidents'> = {
  record: (ctx, input) => recordIncident(ctx, input),
  list: (ctx, input) => listIncidents(ctx, input),
  get: (ctx, input) => {
    escalateDue(ctx);
    return incidentDetailOf(ctx.db, input.id, ctx.session, localMinute(ctx.now()));
  },
  classify: (ctx, input) => classifyIncident(ctx, input),
  dispatch: (ctx, input) => dispatchIncident(ctx, input),
  resolve: (ctx, input) => resolveIncident(ctx, input),
  review: (ctx, input) => reviewIncident(ctx, input),
  archive: (ctx, input) => archiveIncident(ctx, input),
  addNote: (ctx, input) => addIncidentNote(ctx, input),
  logContact: (ctx, input) => logIncidentContact(ctx, input),
  logCallBack: (ctx, input) => logCallBack(ctx, input),
  analysis: (ctx, input) => incidentAnalysis(ctx, input),
  rules: (ctx) => readIncidentRules(ctx.db),
  saveRules: (ctx, input) => saveIncidentRules(ctx, input),
  previewDeadline: (ctx, input) => ({ deadlineAt: deadlineOf(readIncidentRules(ctx.db), input.tier, localMinute(ctx.now())) }),
};

export const scriptsHandlers: DomainHandlers<'scripts'> = {
  list: (ctx, input) => listScripts(ctx, input),
  save: (ctx, input) => saveScript(ctx, input),
};
