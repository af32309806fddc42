import { ArrowLeftOutlined, CalendarOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../contract/plans';
import { RecordIncidentButton } from '../../incident-form/RecordIncidentButton';
import { PlanPrintMenu } from '../../print-menus/PlanPrintMenu';
import { formatPlanRange } from '../planFormat';
import { LevelTag, StatusTag } from '../PlanTags';

interface Props {
  plan: PlanDetail;
  onBack: () => void;
  /** The status buttons, when the user may move the plan along. */
  actions: ReactNode;
}

/** Who is coming, when, and where the plan stands — with the way back and what can be done next. */
export function PlanHeader({ plan, onBack, actions }: Props) {
  const { t } = useTranslation();
  const span = plan.arrivalAt ? formatPlanRange(plan.arrivalAt, plan.departureAt) : null;
  const mismatch = plan.guestCount > 0 && plan.guestCount !== plan.expectedHeadcount;
  return (
    <header className="plan-header">
      <div className="plan-header__main">
        <Tooltip title={t('planEditor.backHint')}>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('planEditor.back')} data-testid="plan-back" />
        </Tooltip>
        <div className="plan-header__text">
          <div className="plan-header__title-row">
            <h2 className="plan-header__title" data-testid="plan-title" title={plan.title}>
              {plan.title}
            </h2>
            <span data-testid="plan-status" data-status={plan.status}>
              <StatusTag status={plan.status} />
            </span>
            <span data-testid="plan-level">
              <LevelTag level={plan.level} />
            </span>
          </div>
          <div className="plan-header__facts">
            <span data-testid="plan-client">
              <UserOutlined /> {plan.clientName ?? <span className="muted">{t('planEditor.header.noClient')}</span>}
            </span>
            <span data-testid="plan-span">
              <CalendarOutlined /> {span ?? <span className="muted">{t('planEditor.header.noTimes')}</span>}
            </span>
            <Tooltip title={t('planEditor.header.guestsHint')}>
              <span className={mismatch ? 'plan-header__guests plan-header__guests--mismatch' : 'plan-header__guests'} data-testid="plan-guest-count">
                <TeamOutlined /> {t('planEditor.header.guests', { count: plan.guestCount, expected: plan.expectedHeadcount })}
              </span>
            </Tooltip>
          </div>
        </div>
      </div>
      <div className="plan-header__actions">
        <RecordIncidentButton links={{ source: 'plan', planId: plan.id, clientId: plan.clientId, label: plan.title }} testId="plan-incident" />
        <PlanPrintMenu plan={plan} />
        {actions}
      </div>
    </header>
  );
}
