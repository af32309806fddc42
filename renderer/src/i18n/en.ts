import { ROLE_LABELS } from '../../../contract/role-labels';
import { dataImportEn } from './parts/data-import.en';
import { filesEn } from './parts/files.en';
import type { Messages } from './messages';
import { plansEn } from './parts/plans.en';
import { planEditorEn } from './parts/planEditor.en';
import { planTeamEn } from './parts/planTeam.en';
import { arrivalsEn } from './parts/arrivals.en';
import { planPrintEn } from './parts/planPrint.en';
import { checklistPrintEn } from './parts/checklistPrint.en';
import { incidentPrintEn } from './parts/incidentPrint.en';
import { identityEn } from './parts/identity.en';
import { organisationEn } from './parts/organisation.en';
import { a11yEn } from './parts/a11y.en';
import { formsEn } from './parts/forms.en';
import { lengthsEn } from './parts/lengths.en';
import { deskFlowEn } from './parts/deskFlow.en';
import { wordsEn } from './parts/words.en';
import { loadingEn } from './parts/loading.en';
import { deskEn } from './parts/desk.en';
import { badgesEn } from './parts/badges.en';
import { settingsEn } from './parts/settings.en';
import { errorsEn } from './parts/errors.en';
import { storageEn } from './parts/storage.en';
import { planWordsEn } from './parts/planWords.en';
import { securityEn } from './parts/security.en';
import { sessionEn } from './parts/session.en';
import { setupEn } from './parts/setup.en';
import { usersEn } from './parts/users.en';
import { auditEn } from './parts/audit.en';
import { clientsEn } from './parts/clients.en';
import { pcSettingsEn } from './parts/pcSettings.en';
import { backupEn } from './parts/backup.en';
import { keyPagingEn } from './parts/keyPaging.en';
import { checklistsEn } from './parts/checklists.en';
import { planChecklistsEn } from './parts/planChecklists.en';
import { feedbackEn } from './parts/feedback.en';
import { incidentsEn } from './parts/incidents.en';
import { tasksEn } from './parts/tasks.en';
import { followupsEn } from './parts/followups.en';
import { pastVisitsEn } from './parts/pastVisits.en';
import { archiveDocsEn } from './parts/archiveDocs.en';
import { retentionEn } from './parts/retention.en';
import { dataExportEn } from './parts/data-export.en';
import { reportsEn } from './parts/reports.en';

/** English: same keys as `zh-CN.ts` (enforced by the `Messages` type). */
export const en: Messages = {
  app: {
    name: 'Reception Desk',
    loading: 'Connecting to the desk service…',
    loadFailed: 'Cannot reach the desk service',
    retry: 'Retry',
  },
  header: {
    onSite: 'On site',
    onSiteUnit: '',
    onSiteTitle: 'Visitors currently on site',
    settings: 'Settings',
    language: 'Language',
  },
  list: {
    separator: ', ',
  },
  lang: {
    zh: '中文',
    en: 'English',
  },
  clock: {
    date: 'ddd, D MMM YYYY',
    time: 'HH:mm:ss',
  },
  time: {
    exact: 'HH:mm',
    full: 'YYYY-MM-DD HH:mm:ss',
    date: 'YYYY-MM-DD',
  },
  nav: {
    label: 'Main navigation',
    desk: 'Front desk',
    admin: 'Administration',
    plans: 'Visit plans',
    users: 'Users & roles',
    audit: 'Audit log',
    security: 'Data security',
    backup: 'Backup & restore',
    clients: 'Clients',
    checklists: 'Checklists',
    templates: 'Checklist templates',
    quality: 'Quality control',
    emergency: 'Emergencies',
    service: 'Service',
    tasks: 'My tasks',
    incidents: 'Incidents',
    feedback: 'Feedback',
    followups: 'Follow-ups',
    scripts: 'Reply scripts',
    archive: 'Archive',
    documents: 'Documents',
    pastVisits: 'Past visits',
    retention: 'Retention',
    storage: 'Storage health',
    reports: 'Reports',
    dataExport: 'Export data',
    dataImport: 'Import data',
    short: {
      desk: 'Desk',
      admin: 'Admin',
      plans: 'Plans',
      clients: 'Clients',
      users: 'Users',
      audit: 'Audit',
      security: 'Security',
      backup: 'Backup',
      // Short, so five items fit the header at 1366 px in English; the tooltip says Checklists.
      checklists: 'Lists',
      templates: 'Templates',
      quality: 'Quality',
      emergency: 'Emergency',
      service: 'Service',
      tasks: 'Tasks',
      incidents: 'Incidents',
      feedback: 'Feedback',
      followups: 'Follow-ups',
      scripts: 'Scripts',
      archive: 'Archive',
      documents: 'Documents',
      pastVisits: 'Past visits',
      retention: 'Retention',
      storage: 'Storage',
      reports: 'Reports',
      dataExport: 'Export',
      dataImport: 'Import',
    },
  },
  roles: ROLE_LABELS.en,
  ...deskEn,
  ...badgesEn,
  ...settingsEn,
  ...errorsEn,
  storageHealth: storageEn.storageHealth,
  ...planWordsEn,
  ...securityEn,
  ...backupEn,
  ...sessionEn,
  ...setupEn,
  ...usersEn,
  ...auditEn,
  ...clientsEn,
  plans: plansEn,
  planEditor: planEditorEn,
  planTeam: planTeamEn,
  arrivals: arrivalsEn,
  planPrint: planPrintEn,
  checklistPrint: checklistPrintEn,
  incidentPrint: incidentPrintEn,
  identity: identityEn,
  files: filesEn,
  organisation: organisationEn,
  a11y: a11yEn,
  forms: formsEn,
  deskFlow: deskFlowEn,
  words: wordsEn,
  lengths: lengthsEn,
  loading: loadingEn,
  pcSettings: pcSettingsEn,
  keyPaging: keyPagingEn,
  checklists: checklistsEn,
  planChecklists: planChecklistsEn,
  ...feedbackEn,
  incidents: incidentsEn,
  tasks: tasksEn,
  followups: followupsEn,
  pastVisits: pastVisitsEn,
  archiveDocs: archiveDocsEn,
  retention: retentionEn,
  dataExport: dataExportEn,
  dataImport: dataImportEn,
  reports: reportsEn,
};
