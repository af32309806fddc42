import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DUTY_ROLES, type ChecklistItem } from '../../../../../contract/checklists';
import type { PlanDetail } from '../../../../../contract/plans';
import { useDesk } from '../../../context/DeskContext';
import { ItemRow } from './ItemRow';
import { usePlanChecklists } from './usePlanChecklists';
import { useTick } from './useTick';
import './checklists.css';

/** Each team role's duties: the plan's items that carry the role, ticked here as on the checklists tab. */
export function DutiesByRole({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const { data, reload } = usePlanChecklists(plan);
  const { tick, busyIds } = useTick(reload);
  const items = (data?.lists ?? []).flatMap((l) => l.items).filter((i): i is ChecklistItem & { role: NonNullable<ChecklistItem['role']> } => i.role !== null);
  if (items.length === 0) return null;
  return (
    <section className="team-duties checklist-panel" data-testid="team-duties">
      <header className="checklist-panel__head">
        <h3>{t('planChecklists.duties.title')}</h3>
        <Typography.Text type="secondary">{t('planChecklists.duties.hint')}</Typography.Text>
      </header>
      {DUTY_ROLES.map((role) => {
        const mine = items.filter((i) => i.role === role);
        if (mine.length === 0) return null;
        const person = plan.team.find((m) => m.role === role)?.primaryName;
        return (
          <div key={role} data-testid="team-duties-role" data-role={role}>
            <h4 className="team-duties__role">
              {t(`planTeam.team.roles.${role}`)}
              {person ? ` · ${person}` : ` · ${t('planChecklists.duties.nobody')}`}
            </h4>
            {mine.map((item) => (
              <ItemRow
                key={item.id}
                item={item}
                canTick={can('checklists.tick')}
                canEdit={false}
                busy={busyIds.has(item.id)}
                onTick={(status) => tick([item.id], status, item.note)}
                onEdit={() => undefined}
                onRemove={() => undefined}
              />
            ))}
          </div>
        );
      })}
    </section>
  );
}
