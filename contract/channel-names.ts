import type { Contract, Domain } from './index';

/**
 * Every channel's verb, by domain, without its schemas: all the preload and the
 * renderer's transport need to build `window.api`, so neither bundles zod for it.
 * Hand-kept beside the contract; tests/unit/channel-names.test.ts fails when the
 * two differ, and a verb the contract does not have fails `tsc` here.
 */
export const CHANNEL_VERBS = {
  session: ['status', 'unseal', 'signIn', 'signOut', 'lock', 'unlock', 'touch', 'setLocale', 'changePassword'],
  setup: ['recoveryPassphrase', 'complete', 'findBackups', 'restore', 'chooseFolder'],
  app: ['info'],
  visitors: ['search', 'revealId'],
  visits: ['checkIn', 'list', 'checkOut', 'checkOutByBadge', 'expected', 'checkInPlanned', 'undoCheckOut'],
  print: ['options', 'badges', 'planDocument', 'daySchedule', 'checklist', 'handoff', 'rollCall', 'incident', 'followups', 'visitFile', 'questionnaire', 'destruction', 'monthlyReport', 'job'],
  settings: ['get', 'update'],
  users: ['list', 'create', 'update', 'resetPassword', 'permissionTable'],
  audit: ['list', 'actions', 'verifyStart', 'verifyProgress', 'verifyCancel', 'export'],
  keys: ['status', 'rotate'],
  plans: ['list', 'get', 'staffNames', 'create', 'update', 'transition', 'setGuests', 'saveItinerary', 'setTeam', 'checkBookings', 'setBookings'],
  resources: ['list', 'create', 'update'],
  clients: ['list', 'get', 'create', 'update', 'archive'],
  people: ['list', 'find', 'create', 'get', 'update', 'merge'],
  files: ['deliver'],
  backup: ['health', 'status', 'list', 'run', 'verify', 'updateSchedule', 'addTarget', 'removeTarget', 'syncTargets', 'chooseFolder', 'restore'],
  checklists: ['templates', 'saveTemplate', 'forPlan', 'items', 'due', 'setStatus', 'addFromTemplate', 'addItem', 'updateItem', 'removeItem', 'saveMaterials', 'saveRehearsal', 'levelRules', 'saveLevelRules'],
  quality: ['inspections', 'recordInspection', 'completeness', 'compliance', 'emergencyPlan', 'saveEmergencyPlan', 'drills', 'saveDrill'],
  incidents: ['record', 'list', 'get', 'classify', 'dispatch', 'resolve', 'review', 'archive', 'addNote', 'logContact', 'logCallBack', 'analysis', 'rules', 'saveRules', 'previewDeadline'],
  scripts: ['list', 'save'],
  feedback: ['templates', 'saveTemplate', 'requests', 'requestByCode', 'createRequest', 'declineRequest', 'submit', 'responses', 'response', 'summary', 'rules', 'saveRules', 'kioskStart', 'kioskForm', 'kioskSubmit'],
  followups: ['templates', 'saveTemplate', 'list', 'get', 'create', 'update', 'stepDone', 'stepPostpone', 'stepSkip', 'stepAdd', 'stepReassign', 'milestones', 'saveMilestone', 'removeMilestone', 'care', 'careDone', 'careRules', 'saveCareRules'],
  tasks: ['mine', 'count', 'team', 'reminders', 'staff'],
  archive: ['create', 'list', 'get', 'update', 'submitVersion', 'decideVersion', 'compare', 'preview', 'open', 'tags', 'folders', 'saveFolder', 'removeFolder', 'classes', 'saveClass'],
  storage: ['begin', 'chunk', 'cancel', 'health', 'check'],
  pastVisits: ['list', 'file', 'reopen', 'requestChange', 'decideChange', 'changes'],
  retention: ['rules', 'saveRules', 'expired', 'request', 'approve', 'reject', 'list', 'get'],
  reports: ['visits', 'peakHours', 'handling', 'preferences', 'service'],
  exports: ['start', 'progress', 'cancel'],
  imports: ['begin', 'chunk', 'open', 'check', 'problems', 'commit', 'cancel'],
} as const satisfies { [D in Domain]: readonly (keyof Contract[D] & string)[] };
