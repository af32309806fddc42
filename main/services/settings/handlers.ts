import type { DomainHandlers } from '../../core/handlers';
import { settingsView, updateSettings } from './desk-settings';

export const settingsHandlers: DomainHandlers<'settings'> = {
  get: (ctx) => settingsView(ctx),
  update: (ctx, input) => updateSettings(ctx, input),
};
