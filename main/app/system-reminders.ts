import type { Locale } from '../../contract/locales';
import type { Reminder } from '../../contract/tasks';
import { readSettings } from '../services/settings/desk-settings';
import { takeReminders } from '../services/tasks';
import type { Core } from './create-core';

/**
 * The Electron shell's system notifications: the signed-in user's reminders
 * not yet raised as one (marked apart from the in-app toasts). Nothing while
 * nobody is signed in or the desk is locked (idle or on demand), as the gate
 * would refuse their own calls then; what was not raised waits for the
 * unlock, since reminders are computed from the database. The site's
 * language words them (main has no other).
 */
export function systemReminders(core: Core): { locale: Locale; reminders: Reminder[] } {
  const user = core.runtime.session.current();
  // A password still to change opens nothing else (the gate's rule): no reminders either.
  // A desk turned into the feedback kiosk shows visitors nothing of the staff's work.
  if (!user || user.mustChangePassword || core.runtime.sealed || core.runtime.session.kiosk()) return { locale: 'zh-CN', reminders: [] };
  const ctx = core.context(user);
  const settings = readSettings(ctx.db);
  if (core.runtime.session.isLocked(ctx.now(), settings.idleLockMinutes)) return { locale: settings.locale, reminders: [] };
  return { locale: settings.locale, reminders: takeReminders(ctx, 'os:') };
}
