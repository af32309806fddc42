/**
 * What others may use of the task inbox (the router gets its handlers from ./handlers.ts):
 * the Electron shell's system notifications read the same reminders, marked apart.
 */
export { takeReminders } from './reminders';
