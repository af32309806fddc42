import type { DomainHandlers } from '../../core/handlers';
import { planChecklistsOf } from './for-plan';
import { readLevelRules, saveLevelRules } from './level-rules';
import { saveMaterials, saveRehearsal } from './materials-and-rehearsal';
import { addFromTemplate, addItem, removeItem, updateItem } from './plan-edits';
import { dueItems, listItems } from './queries';
import { setStatus } from './set-status';
import { listTemplates, saveTemplate } from './templates';

export const checklistsHandlers: DomainHandlers<'checklists'> = {
  templates: (ctx, input) => listTemplates(ctx, input),
  saveTemplate: (ctx, input) => saveTemplate(ctx, input),
  forPlan: (ctx, input) => planChecklistsOf(ctx.db, input.planId, ctx.now()),
  items: (ctx, input) => listItems(ctx, input),
  due: (ctx, input) => dueItems(ctx, input),
  setStatus: (ctx, input) => setStatus(ctx, input),
  addFromTemplate: (ctx, input) => addFromTemplate(ctx, input),
  addItem: (ctx, input) => addItem(ctx, input),
  updateItem: (ctx, input) => updateItem(ctx, input),
  removeItem: (ctx, input) => removeItem(ctx, input),
  saveMaterials: (ctx, input) => saveMaterials(ctx, input),
  saveRehearsal: (ctx, input) => saveRehearsal(ctx, input),
  levelRules: (ctx) => readLevelRules(ctx.db),
  saveLevelRules: (ctx, input) => saveLevelRules(ctx, input),
};
