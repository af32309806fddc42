import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isClosedPlan, type PlanDetail, type PlanStatus } from '../../../../contract/plans';
import { api } from '../../api/client';
import { errorText } from '../../lib/errors';
import { useDesk } from '../../context/DeskContext';
import { CancelPlanModal } from './CancelPlanModal';
import { StartBlockedModal } from './checklists/StartBlockedModal';
import { useEditorControls } from './editorContext';

interface Props {
  plan: PlanDetail;
  /** Names of tabs with unsaved changes: the status waits until they are saved or discarded. */
  unsaved: string[];
  onChanged: (plan: PlanDetail) => void;
  /** Main refused to confirm: what is missing (`times`, `guests`). */
  onIncomplete: (missing: string[]) => void;
}

/**
 * Where each move's button sits — cancel on the far left, away from the forward
 * steps on the right — and whether it is a forward step (a primary button).
 * Typed over every status, so a new status in contract/plans.ts must be placed here.
 */
const BUTTONS: Record<PlanStatus, { slot: number; forward: boolean }> = {
  cancelled: { slot: 0, forward: false },
  draft: { slot: 1, forward: false },
  archived: { slot: 2, forward: false },
  confirmed: { slot: 3, forward: true },
  in_progress: { slot: 4, forward: true },
  completed: { slot: 5, forward: true },
};

/** The workflow buttons main allows from here (`plan.nextStatuses`), each asking first where it matters. */
export function StatusActions({ plan, unsaved, onChanged, onIncomplete }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<PlanStatus | null>(null);
  const [cancelling, setCancelling] = useState(false);
  /** Required checklist items main counted open when it refused to start the visit. */
  const [blocked, setBlocked] = useState<number | null>(null);
  const { can } = useDesk();
  const editor = useEditorControls();

  const label = (to: PlanStatus) => (to === 'draft' && plan.status === 'cancelled' ? t('planEditor.status.reopen') : t(`planEditor.status.to.${to}`));

  async function move(to: PlanStatus, reason?: string, override = false) {
    setBusy(to);
    const result = await api.plans.transition({ id: plan.id, to, ...(reason ? { reason } : {}), ...(override ? { override } : {}) });
    setBusy(null);
    if (!result.ok) {
      const { details } = result.error;
      const missing = details?.missing;
      if (details?.reason === 'incomplete' && typeof missing === 'string') return onIncomplete(missing.split(','));
      if (details?.reason === 'checklistOpen') return setBlocked(typeof details.open === 'number' ? details.open : 0);
      return void message.error(errorText(result.error));
    }
    setCancelling(false);
    setBlocked(null);
    onIncomplete([]);
    onChanged(result.value);
    message.success(t('planEditor.status.changed', { status: t(`planStatus.${to}`) }));
  }

  function ask(to: PlanStatus) {
    if (unsaved.length > 0) return void message.warning(t('planEditor.status.saveFirst', { sections: unsaved.join(t('planEditor.listSeparator')) }));
    if (to === 'cancelled') return setCancelling(true);
    if (to === 'confirmed' && plan.warnings.length > 0) {
      return void modal.confirm({
        title: t('planEditor.status.confirmWarnings.title', { count: plan.warnings.length }),
        content: (
          <div data-testid="plan-confirm-warnings">
            <p>{t('planEditor.status.confirmWarnings.content')}</p>
            <ul className="plan-confirm-warnings">
              {plan.warnings.map((w) => (
                <li key={w}>{t(`planWarnings.${w}`)}</li>
              ))}
            </ul>
          </div>
        ),
        okText: t('planEditor.status.confirmWarnings.ok'),
        okButtonProps: { 'data-testid': 'plan-confirm-anyway' } as ButtonProps,
        cancelText: t('planEditor.status.notNow'),
        onOk: () => move(to),
      });
    }
    // Any other move into a closed status (contract's CLOSED_PLAN_STATUSES) ends the plan's changes: ask first.
    if (isClosedPlan(to)) {
      return void modal.confirm({
        title: label(to),
        content: t(`planEditor.status.close.${to}`),
        okText: label(to),
        okButtonProps: { 'data-testid': 'plan-close-confirm' } as ButtonProps,
        cancelText: t('planEditor.status.notNow'),
        onOk: () => move(to),
      });
    }
    void move(to);
  }

  const targets = [...plan.nextStatuses].sort((a, b) => BUTTONS[a].slot - BUTTONS[b].slot);
  return (
    <div className="plan-status-actions" role="group" aria-label={t('planEditor.status.label')}>
      {targets.map((to) => (
        <Button
          key={to}
          type={BUTTONS[to].forward ? 'primary' : 'default'}
          danger={to === 'cancelled'}
          loading={busy === to}
          disabled={busy !== null && busy !== to}
          onClick={() => ask(to)}
          data-testid={`plan-to-${to}`}
        >
          {label(to)}
        </Button>
      ))}
      <StartBlockedModal
        open={blocked}
        mayOverride={can('plans.override')}
        busy={busy === 'in_progress'}
        onCancel={() => setBlocked(null)}
        onOverride={(reason) => void move('in_progress', reason, true)}
        onShowList={() => {
          setBlocked(null);
          editor?.goTo('checklists');
        }}
      />
      <CancelPlanModal open={cancelling} title={plan.title} busy={busy === 'cancelled'} onCancel={() => setCancelling(false)} onSubmit={(reason) => void move('cancelled', reason)} />
    </div>
  );
}
