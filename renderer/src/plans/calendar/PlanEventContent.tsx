import { CrownFilled } from '@ant-design/icons';
import type { EventContentArg } from '@fullcalendar/core';
import { Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../contract/plans';
import { i18n } from '../../i18n';
import { deskColors } from '../../theme';
import { ChecklistMarker } from '../ChecklistMarker';
import { formatPlanRange, headcountText, headcountTitle } from '../planFormat';
import { LevelTag, StatusTag } from '../PlanTags';

/** Everything about a plan that a box too small for it leaves out. */
function PlanEventDetails({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  return (
    <div className="plan-event-tip">
      <div className="plan-event-tip__title">{plan.title}</div>
      <div>{formatPlanRange(plan.arrivalAt, plan.departureAt)}</div>
      <div>{plan.clientName ?? t('plans.event.noClient')}</div>
      <div>{headcountTitle(plan)}</div>
      <div>
        <ChecklistMarker checklist={plan.checklist} />
      </div>
      <div className="plan-event-tip__tags">
        <LevelTag level={plan.level} />
        <StatusTag status={plan.status} />
      </div>
    </div>
  );
}

/** The mouse resting on a plan for a moment opens its card; leaving closes it. */
function useHoverTip() {
  const [armed, setArmed] = useState(false);
  const [open, setOpen] = useState(false);
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return {
    armed,
    open,
    enter: () => {
      setArmed(true);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setOpen(true), HOVER_DELAY_MS);
    },
    leave: () => {
      window.clearTimeout(timer.current);
      setOpen(false);
    },
  };
}

const HOVER_DELAY_MS = 450;

const vipMark = (plan: PlanSummary) => (plan.level === 'vip' ? <CrownFilled className="plan-event__vip" aria-label={i18n.t('receptionLevels.vip')} /> : null);

/**
 * A plan in the calendar. In the time grid: title, client, then time and
 * headcount on their own lines; in the month grid and the multi-day row, one
 * line. The full details show on hover.
 */
export function PlanEventContent({ arg }: { arg: EventContentArg }) {
  // No useTranslation here: hundreds of these would each listen for a language change, and the calendar is rebuilt on one anyway.
  const tip = useHoverTip();
  const plan = arg.event.extendedProps.plan as PlanSummary | undefined;
  // The box drawn while a new slot is being selected has no plan behind it.
  if (!plan) return <div className="plan-event__body">{arg.timeText}</div>;
  const client = plan.clientName ?? i18n.t('plans.event.noClient');
  const stacked = arg.view.type.startsWith('timeGrid') && !arg.event.allDay;
  const body = stacked ? (
    <div className="plan-event__body plan-event__body--stacked">
      <div className="plan-event__title">
        {vipMark(plan)}
        {plan.title}
        <ChecklistMarker checklist={plan.checklist} compact />
        {/* The day view is wide enough to name the level and status outright. */}
        {arg.view.type === 'timeGridDay' && (
          <span className="plan-event__tags">
            <LevelTag level={plan.level} />
            <StatusTag status={plan.status} />
          </span>
        )}
      </div>
      <div className="plan-event__meta">{client}</div>
      <div className="plan-event__meta">
        {arg.timeText} · {headcountText(plan)}
      </div>
    </div>
  ) : (
    <div className="plan-event__body plan-event__body--inline">
      {vipMark(plan)}
      {!arg.event.allDay && <span className="plan-event__time">{arg.timeText}</span>}
      <span className="plan-event__title">{plan.title}</span>
      <ChecklistMarker checklist={plan.checklist} compact />
      <span className="plan-event__meta">
        {client} · {headcountText(plan)}
      </span>
    </div>
  );
  const hit = (
    <div
      className="plan-event__hit"
      onMouseEnter={tip.enter}
      onMouseLeave={tip.leave}
      data-testid="plan-event"
      data-plan-id={plan.id}
      data-level={plan.level}
      data-status={plan.status}
    >
      {body}
    </div>
  );
  // A month holds hundreds of plans: a hover card is made only for those the mouse has reached.
  if (!tip.armed) return hit;
  return (
    <Tooltip title={<PlanEventDetails plan={plan} />} open={tip.open} placement="top" color={deskColors.surface} styles={{ root: { maxWidth: 420 } }}>
      {hit}
    </Tooltip>
  );
}
