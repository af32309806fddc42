/**
 * Every channel names one of these; main checks it against the signed-in
 * session's roles on every call. The role → permission table lives in
 * main/security/roles.ts and is shown on the user admin screen.
 */
export const PERMISSIONS = [
  /** Callable with no one signed in (setup, sign-in, unlock, status). */
  'public',
  /** Needs a signed-in, unlocked session, nothing more (sign out, lock, own password). */
  'session',
  'app.view',
  'desk.view',
  'visitors.register',
  'visits.checkOut',
  'badges.print',
  'settings.manage',
  /** See a sensitive value in full (ID numbers), with a reason; always audited. */
  'sensitive.reveal',
  'users.manage',
  'audit.view',
  'audit.export',
  'plans.view',
  'plans.manage',
  /**
   * Print a plan's documents (guests' and team itineraries, welcome sign) and
   * the day's schedule. Not the auditor's: they read and export the audit log;
   * paper copies of internal documents are not theirs to make.
   */
  'plans.print',
  /** Rotate the data key (re-seals every sensitive value in the background). */
  'keys.manage',
  /** See the client directory: organizations, their people, possible duplicates. */
  'clients.view',
  /** Add, change, archive and merge clients and people. */
  'clients.manage',
  /** Back up, verify, choose where copies go, and restore the whole desk from a snapshot. */
  'backup.manage',
  /** See checklists, their progress, the quality figures and the emergency plan. */
  'checklists.view',
  /** Tick checklist items, print and take back hand-off sheets, log a drill. */
  'checklists.tick',
  /** Keep the checklist templates, the reception levels' rules and the site's emergency plan; record inspections. */
  'checklists.manage',
  /** Start a visit whose required checklist items are still open, with a reason (audited). */
  'plans.override',
  /**
   * Only while the desk is in feedback kiosk mode (session phase `kiosk`):
   * the kiosk's own channels. No role grants it; outside the kiosk it is refused.
   */
  'kiosk',
  /** See incidents, their analysis and the reply scripts' library. */
  'incidents.view',
  /** Record an incident, classify, dispatch, resolve it, note contacts and call-backs, print its report. */
  'incidents.handle',
  /** Review and archive incidents, keep the tiers' rules and the reply scripts. */
  'incidents.manage',
  /** See questionnaires, responses, requests and the satisfaction summary. */
  'feedback.view',
  /** Type in responses, ask for feedback, print questionnaires, switch the desk into the kiosk. */
  'feedback.record',
  /** Keep the questionnaires and the red-alert rules. */
  'feedback.manage',
  /** See follow-up sequences, milestones and care reminders. */
  'followups.view',
  /** Work one's follow-up steps and care reminders: done, postpone, skip, add a step; print the sheet. */
  'followups.work',
  /** Start and change sequences, keep the templates, milestones and care rules. */
  'followups.manage',
  /** Everyone's task inbox (managers). */
  'tasks.team',
  /** Browse and search the archive, open documents that are not confidential, see past visits and destruction records. */
  'archive.view',
  /** Add documents and new versions, tag and file them. */
  'archive.upload',
  /** See and open confidential documents (each opening audited). */
  'archive.confidential',
  /** Approve or reject new versions and changes to a completed visit's record; reopen a past visit; approve a destruction. */
  'archive.approve',
  /** Keep the archive tree and the document classes (administrators, DIGEST 03). */
  'archive.classify',
  /** Keep the retention periods and run the storage health check. */
  'archive.manage',
  /** Ask for expired documents or visitors' personal data to be destroyed (two managers must approve). */
  'archive.destroy',
  /** See the reports screen: visits, peak hours, handling times, client preferences and service figures. */
  'reports.view',
  /** Export visits, visitors, plans, clients and people to Excel or CSV, ID numbers masked. */
  'data.export',
  /** Export with ID numbers in full, with a reason; always audited. */
  'data.exportFull',
  /** Import guest lists onto plans and client directories from Excel or CSV. */
  'data.import',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
