import type { DeepStrings } from '../messages';
import type { settingsZh } from './settings.zh-CN';

/** The settings drawer: site, printer and layout, idle lock. */
export const settingsEn: DeepStrings<typeof settingsZh> = {
  settings: {
    title: 'Settings',
    desk: 'Desk',
    siteName: 'Site name',
    siteNameHint: 'Shown in the header and on visitor badges',
    language: 'Language',
    printer: 'Printer',
    layout: 'Badge layout',
    offsetX: 'Horizontal offset',
    offsetY: 'Vertical offset',
    offsetHint: 'Nudge the print if it lands off-centre: positive moves right and down, in millimetres. Saved per printer.',
    autoPrint: 'Print the badge right after check-in',
    security: 'Security',
    idleLock: 'Lock when idle after',
    idleLockUnit: 'min',
    idleLockHint: 'The desk locks itself after this long without keyboard or mouse input (1–240 minutes).',
    preview: 'Layout preview',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Settings saved',
    readOnly: 'Your account cannot change settings',
    about: 'Version {{version}} · {{shell}}',
    shellElectron: 'desktop',
    shellWeb: 'browser',
  },
};
