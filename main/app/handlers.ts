import type { Handlers } from '../core/handlers';
import type { PrintJobStore } from '../print/job-store';
import { archiveHandlers } from '../services/archive/handlers';
import { auditHandlers } from '../services/audit/handlers';
import { backupHandlers } from '../services/backup/handlers';
import { checklistsHandlers } from '../services/checklists/handlers';
import { clientsHandlers } from '../services/clients/handlers';
import { exportsHandlers } from '../services/exports/handlers';
import { feedbackHandlers } from '../services/feedback/handlers';
import { filesHandlers } from '../services/files/handlers';
import { followupsHandlers } from '../services/followups/handlers';
import { incidentsHandlers, scriptsHandlers } from '../services/incidents/handlers';
import { keysHandlers } from '../services/keys/handlers';
import { pastVisitsHandlers } from '../services/past-visits/handlers';
import { peopleHandlers } from '../services/people/handlers';
import { plansHandlers, resourcesHandlers } from '../services/plans/handlers';
import { printHandlers } from '../services/print/handlers';
import { importsHandlers } from '../services/imports/handlers';
import { qualityHandlers } from '../services/quality/handlers';
import { reportsHandlers } from '../services/reports/handlers';
import { retentionHandlers } from '../services/retention/handlers';
import { appInfoHandlers, sessionHandlers, setupHandlers } from '../services/session/handlers';
import { settingsHandlers } from '../services/settings/handlers';
import { storageHandlers } from '../services/storage/handlers';
import { tasksHandlers } from '../services/tasks/handlers';
import { usersHandlers } from '../services/users/handlers';
import { visitorsHandlers } from '../services/visitors/handlers';
import { visitsHandlers } from '../services/visits/handlers';

/**
 * Every contract domain's handlers, each contributed by its service folder
 * (main/services/<d>/handlers.ts). Typed as Handlers, so a domain or channel
 * left out here or there fails `tsc`.
 */
export function allHandlers(jobs: PrintJobStore): Handlers {
  return {
    session: sessionHandlers,
    setup: setupHandlers,
    app: appInfoHandlers,
    visitors: visitorsHandlers,
    visits: visitsHandlers,
    print: printHandlers(jobs),
    settings: settingsHandlers,
    users: usersHandlers,
    keys: keysHandlers,
    clients: clientsHandlers,
    people: peopleHandlers,
    plans: plansHandlers,
    resources: resourcesHandlers,
    audit: auditHandlers,
    files: filesHandlers,
    backup: backupHandlers,
    checklists: checklistsHandlers,
    quality: qualityHandlers,
    incidents: incidentsHandlers,
    scripts: scriptsHandlers,
    feedback: feedbackHandlers,
    followups: followupsHandlers,
    tasks: tasksHandlers,
    archive: archiveHandlers,
    storage: storageHandlers,
    pastVisits: pastVisitsHandlers,
    retention: retentionHandlers,
    reports: reportsHandlers,
    exports: exportsHandlers,
    imports: importsHandlers,
  };
}
