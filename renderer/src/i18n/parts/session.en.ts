import type { DeepStrings } from '../messages';
import type { sessionZh } from './session.zh-CN';

/** Account and session: the account menu, sign-in, lock, unseal and password change. */
export const sessionEn: DeepStrings<typeof sessionZh> = {
  account: {
    menu: 'Account menu',
    lock: 'Lock',
    lockHint: 'Lock Ctrl+L',
    changePassword: 'Change password',
    signOut: 'Sign out',
    roles: 'Roles: {{roles}}',
    noPages: 'This account has no screens it may open; ask an administrator to assign a role.',
  },
  auth: {
    login: 'Login',
    password: 'Password',
  },
  signIn: {
    title: 'Sign in',
    subtitle: 'Sign in to the reception desk with your account',
    submit: 'Sign in',
    retryIn: 'Too many attempts; try again in {{seconds}} s',
  },
  lock: {
    title: 'The desk is locked',
    signedInAs: '{{name}} is signed in',
    prompt: 'Enter your password to unlock',
    unlock: 'Unlock',
    signOut: 'Switch account / Sign out',
    wrongPassword: 'Wrong password',
  },
  unseal: {
    title: 'Enter the recovery passphrase',
    explain: 'This PC has no usable system keychain. An administrator must enter the recovery passphrase noted at first setup to open the desk\'s data.',
    passphrase: 'Recovery passphrase',
    submit: 'Open the data',
  },
  password: {
    title: 'Change password',
    mustChange: 'This is a first sign-in or the password was just reset: set a new password that only you know.',
    current: 'Current password',
    next: 'New password',
    next2: 'New password again',
    hint: 'At least 8 characters with a letter and a digit',
    submit: 'Change password',
    cancel: 'Cancel',
    done: 'Password changed',
  },
};
