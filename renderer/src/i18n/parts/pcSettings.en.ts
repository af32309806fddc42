import type { DeepStrings } from '../messages';
import type { pcSettingsZh } from './pcSettings.zh-CN';

/** Settings that belong to this PC, and settings start-up had to repair; same keys as the zh-CN part. */
export const pcSettingsEn: DeepStrings<typeof pcSettingsZh> = {
  printingThisPc: 'Badge printing on this PC',
  printingThisPcHint: 'The printer, layout and calibration are kept on this computer only; other desk PCs keep their own.',
  repairedTitle: 'Some settings could not be read and were reset to their defaults',
  repaired: 'Please check and save again: {{fields}}. The audit log has the details.',
};
