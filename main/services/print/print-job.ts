import type { Permission } from '../../../contract/permissions';
import type { PrintJobPayload } from '../../../contract/print';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { PrintJobStore } from '../../print/job-store';
import { mayCall } from '../../security/roles';

/**
 * Reading a job needs what printing it needed (the same permission as the
 * channel that made it): badges hold visitors' names, plan documents a plan.
 */
const PERMISSION_FOR: Record<PrintJobPayload['kind'], Permission> = {
  badges: 'badges.print',
  itinerary: 'plans.print',
  daySchedule: 'plans.print',
  welcomeSign: 'plans.print',
  checklist: 'checklists.view',
  handoff: 'checklists.tick',
  rollCall: 'badges.print',
  incidentReport: 'incidents.handle',
  followupSheet: 'followups.work',
  questionnaire: 'feedback.record',
  visitFile: 'archive.view',
  destructionCertificate: 'archive.view',
  monthlyReport: 'reports.view',
};

/**
 * The print route's read of its job. The channel is open to every signed-in
 * role because the job's kind decides what is needed.
 */
export function readPrintJob(ctx: ServiceContext, jobs: PrintJobStore, jobId: string): PrintJobPayload {
  const payload = jobs.get(jobId);
  if (!payload) throw new AppError('NOT_FOUND', 'This print job has expired.');
  if (!mayCall(ctx.session, PERMISSION_FOR[payload.kind])) throw new AppError('FORBIDDEN', 'This role may not read this print job.');
  return payload;
}
