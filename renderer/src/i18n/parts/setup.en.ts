import type { DeepStrings } from '../messages';
import type { setupZh } from './setup.zh-CN';

/** First-run setup: site, administrator and recovery passphrase. */
export const setupEn: DeepStrings<typeof setupZh> = {
  setup: {
    title: 'First-run setup',
    subtitle: 'Three steps: the site, the first administrator, the recovery passphrase.',
    steps: {
      site: 'Site',
      admin: 'Administrator',
      recovery: 'Recovery passphrase',
    },
    language: 'Language',
    siteName: 'Site name',
    siteNamePlaceholder: 'e.g. Head office, ground floor reception',
    siteNameHint: 'Shown in the header, on the sign-in screen and on badges; can be changed in Settings',
    adminIntro: 'Create the first administrator. Administrators add everyone else under "Users & roles".',
    adminLogin: 'Login',
    adminLoginHint: '2–32 letters, digits, dots, dashes or underscores; not case-sensitive',
    adminName: 'Display name',
    adminNamePlaceholder: 'e.g. Wang Min',
    adminPassword: 'Password',
    adminPassword2: 'Confirm password',
    passwordHint: 'At least 8 characters with a letter and a digit',
    recoveryIntro: 'This is the site\'s recovery passphrase. It is shown only this once:',
    recoveryAdvice: 'Write it down and keep it safe: it restores a backup on a new PC, or starts the desk where there is no system keychain',
    recoveryKeep: 'Copy it onto paper (or print it) and lock it away; do not keep it on this PC. Without it, the data cannot be restored on another PC.',
    recoveryConfirm: 'Type it back from what you wrote down, to confirm you have it',
    recoveryConfirmPlaceholder: 'Recovery passphrase',
    recoveryLoading: 'Creating the recovery passphrase…',
    next: 'Next',
    back: 'Back',
    finish: 'Finish setup',
  },
};
