import type { PlanDetail } from '../../../../contract/plans';
/** What every editor section gets: the plan as main last returned it, and how to hand back main's answer after a save. */
export interface SectionProps {
  plan: PlanDetail;
  /** True when the plan is closed (completed, cancelled, archived) or the user lacks plans.manage. */
  readOnly: boolean;
  /** Call with the PlanDetail a save returned; the editor replaces its copy (warnings, nextStatuses update with it). */
  onSaved: (plan: PlanDetail) => void;
}
