import type { DomainHandlers } from '../../core/handlers';
import { kioskForm, kioskStart, kioskSubmit } from './kiosk';
import { createRequest, declineRequest, listRequests, requestByCode } from './requests';
import { responseView } from './response-view';
import { listResponses } from './responses';
import { readFeedbackRules, saveFeedbackRules } from './rules';
import { recordResponse } from './submit';
import { summarize } from './summary';
import { listTemplates, saveTemplate } from './templates';

export const feedbackHandlers: DomainHandlers<'feedback'> = {
  templates: (ctx, input) => listTemplates(ctx, input),
  saveTemplate: (ctx, input) => saveTemplate(ctx, input),
  requests: (ctx, input) => listRequests(ctx, input),
  requestByCode: (ctx, input) => requestByCode(ctx, input.code),
  createRequest: (ctx, input) => createRequest(ctx, input),
  declineRequest: (ctx, input) => declineRequest(ctx, input),
  submit: (ctx, input) => recordResponse(ctx, input, 'feedback.submit'),
  responses: (ctx, input) => listResponses(ctx, input),
  response: (ctx, input) => responseView(ctx.db, input.id),
  summary: (ctx, input) => summarize(ctx, input),
  rules: (ctx) => readFeedbackRules(ctx.db),
  saveRules: (ctx, input) => saveFeedbackRules(ctx, input),
  kioskStart: (ctx, input) => kioskStart(ctx, input),
  kioskForm: (ctx) => kioskForm(ctx),
  kioskSubmit: (ctx, input) => kioskSubmit(ctx, input),
};
