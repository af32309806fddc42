import { SAVE_AS_PDF } from '../../contract/print';
import { ANONYMOUS } from '../core/context';
import type { PrintJobStore } from '../print/job-store';
import { BADGE_LAYOUTS } from '../print/layouts';
import { permissionsOf } from '../security/roles';
import { listClients } from '../services/clients/client-search';
import { getClientDetail } from '../services/clients/client-rows';
import { archiveClient, createClient, updateClient } from '../services/clients/clients';
import { createPerson } from '../services/people/create';
import { findPeople } from '../services/people/find';
import { listPeople } from '../services/people/list';
import { mergePeople } from '../services/people/merge';
import { getPerson } from '../services/people/person-rows';
import { updatePerson } from '../services/people/update';
import { deliverFile } from '../services/files/deliver-file';
import { exportAudit } from '../services/audit/audit-export';
import { listAudit, verifyAudit } from '../services/audit/audit-query';
import { keyStatus, startRotation } from '../services/keys/key-rotation';
import { setGuests } from '../services/plans/guests';
import { saveItinerary } from '../services/plans/itinerary';
import { planDetail } from '../services/plans/plan-detail';
import { createPlan, listPlans, updatePlan } from '../services/plans/plans';
import { createResource, listResources, updateResource } from '../services/plans/resources';
import { checkBookings, setBookings, setTeam } from '../services/plans/team-and-bookings-writes';
import { transitionPlan } from '../services/plans/transition';
import { printBadges } from '../services/print/print-badges';
import { readPrintJob } from '../services/print/print-job';
import { printDaySchedule, printPlanDocument } from '../services/print/print-plan-documents';
import { sessionStatus } from '../services/session/session-status';
import { completeSetup, recoveryPassphrase, unseal } from '../services/session/setup';
import { changePassword, lock, setLocale, signIn, signOut, unlock } from '../services/session/sign-in';
import { readSettings, settingsView, updateSettings } from '../services/settings/desk-settings';
import { createUser, listUsers, permissionTable, resetPassword, updateUser } from '../services/users/users';
import { revealIdNumber } from '../services/visitors/reveal-id';
import { searchVisitors } from '../services/visitors/search';
import { checkIn } from '../services/visits/check-in';
import { checkInPlanned, expectedGuests } from '../services/visits/planned-arrivals';
import { checkOut, checkOutByBadge, listVisits, undoCheckOut } from '../services/visits/check-out';
import type { Handlers } from '../core/handlers';

/** Wires each contract channel to its service. */
export function appHandlers(jobs: PrintJobStore): Handlers {
  return {
    session: {
      status: (ctx) => sessionStatus(ctx),
      unseal: (ctx, input) => unseal(ctx, input.passphrase),
      signIn: (ctx, input) => signIn(ctx, input),
      signOut: (ctx) => signOut(ctx),
      lock: (ctx) => lock(ctx),
      unlock: (ctx, input) => unlock(ctx, input.password),
      touch: (ctx) => {
        ctx.runtime.session.touch(ctx.now());
        return { idleLockAt: ctx.runtime.session.idleLockAt(readSettings(ctx.db).idleLockMinutes).toISOString() };
      },
      setLocale: (ctx, input) => setLocale(ctx, input.locale),
      changePassword: (ctx, input) => changePassword(ctx, input),
    },
    setup: {
      recoveryPassphrase: (ctx) => recoveryPassphrase(ctx),
      complete: (ctx, input) => completeSetup(ctx, input),
    },
    app: {
      info: (ctx) => ({
        version: ctx.appVersion,
        shell: ctx.shell,
        deviceId: ctx.deviceId,
        operator: { name: ctx.session.operatorName, roles: ctx.session.roles },
        permissions: ctx.session === ANONYMOUS ? [] : [...permissionsOf(ctx.session)],
      }),
    },
    visitors: {
      search: (ctx, input) => searchVisitors(ctx, input),
      revealId: (ctx, input) => revealIdNumber(ctx, input),
    },
    visits: {
      checkIn: (ctx, input) => checkIn(ctx, input),
      list: (ctx, input) => listVisits(ctx, input),
      checkOut: (ctx, input) => checkOut(ctx, input.visitId),
      checkOutByBadge: (ctx, input) => checkOutByBadge(ctx, input.badgeNo),
      undoCheckOut: (ctx, input) => undoCheckOut(ctx, input.visitId),
      expected: (ctx, input) => expectedGuests(ctx, input.day),
      checkInPlanned: (ctx, input) => checkInPlanned(ctx, input),
    },
    print: {
      options: async (ctx) => ({
        layouts: [...BADGE_LAYOUTS],
        printers: [{ id: SAVE_AS_PDF, name: 'PDF', isDefault: false }, ...(await ctx.printEngine.listPrinters())],
      }),
      badges: (ctx, input) => printBadges(ctx, jobs, input),
      planDocument: (ctx, input) => printPlanDocument(ctx, jobs, input),
      daySchedule: (ctx, input) => printDaySchedule(ctx, jobs, input),
      job: (ctx, input) => readPrintJob(ctx, jobs, input.jobId),
    },
    settings: {
      get: (ctx) => settingsView(ctx.db),
      update: (ctx, input) => updateSettings(ctx, input),
    },
    users: {
      list: (ctx) => listUsers(ctx),
      create: (ctx, input) => createUser(ctx, input),
      update: (ctx, input) => updateUser(ctx, input),
      resetPassword: (ctx, input) => resetPassword(ctx, input),
      permissionTable: () => permissionTable(),
    },
    keys: {
      status: (ctx) => keyStatus(ctx),
      rotate: (ctx, input) => startRotation(ctx, input.recoveryPassphrase),
    },
    clients: {
      list: (ctx, input) => listClients(ctx, input),
      get: (ctx, input) => getClientDetail(ctx.db, input.id),
      create: (ctx, input) => createClient(ctx, input),
      update: (ctx, input) => updateClient(ctx, input),
      archive: (ctx, input) => archiveClient(ctx, input),
    },
    people: {
      list: (ctx, input) => listPeople(ctx, input),
      find: (ctx, input) => findPeople(ctx, ctx.db, input),
      create: (ctx, input) => createPerson(ctx, input),
      get: (ctx, input) => getPerson(ctx.db, input.id),
      update: (ctx, input) => updatePerson(ctx, input),
      merge: (ctx, input) => mergePeople(ctx, input),
    },
    plans: {
      list: (ctx, input) => listPlans(ctx, input),
      get: (ctx, input) => planDetail(ctx.db, input.id),
      create: (ctx, input) => createPlan(ctx, input),
      update: (ctx, input) => updatePlan(ctx, input),
      transition: (ctx, input) => transitionPlan(ctx, input),
      setGuests: (ctx, input) => setGuests(ctx, input),
      saveItinerary: (ctx, input) => saveItinerary(ctx, input),
      setTeam: (ctx, input) => setTeam(ctx, input),
      checkBookings: (ctx, input) => checkBookings(ctx, input),
      setBookings: (ctx, input) => setBookings(ctx, input),
    },
    resources: {
      list: (ctx, input) => listResources(ctx, input),
      create: (ctx, input) => createResource(ctx, input),
      update: (ctx, input) => updateResource(ctx, input),
    },
    audit: {
      list: (ctx, input) => listAudit(ctx, input),
      verify: (ctx) => verifyAudit(ctx),
      export: (ctx, input) => exportAudit(ctx, input),
    },
    files: {
      deliver: (ctx, input) => deliverFile(ctx, input),
    },
  };
}
