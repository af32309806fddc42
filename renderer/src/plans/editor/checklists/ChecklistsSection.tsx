import { Alert, App, Empty, Progress, Spin, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem, PlanChecklists } from '../../../../../contract/checklists';
import { isClosedPlan } from '../../../../../contract/plans';
import { api } from '../../../api/client';
import { useDesk } from '../../../context/DeskContext';
import { errorText } from '../../../lib/errors';
import { EmergencyPlanCard } from '../../../emergency/EmergencyPlanCard';
import { HandoffPrintMenu } from '../../../print-menus/HandoffPrintMenu';
import { SectionToolbar } from '../SectionToolbar';
import type { SectionProps } from '../sectionProps';
import { AddFromTemplate } from './AddFromTemplate';
import { ChecklistCard, sectionsOf } from './ChecklistCard';
import { handoffDepartments } from './handoffDepartments';
import { ItemEditModal, type ItemDraft } from './ItemEditModal';
import { MaterialsPanel } from './MaterialsPanel';
import { ProgressCounts } from './ProgressCounts';
import { RehearsalPanel } from './RehearsalPanel';
import { usePlanChecklists } from './usePlanChecklists';
import { useTick } from './useTick';
import './checklists.css';

type List = PlanChecklists['lists'][number];

/**
 * 清单: the plan's lists (created when it is confirmed), ticked item by item
 * from the keyboard or the mouse; the material list and the rehearsal; the
 * hand-off sheets for other departments.
 */
export function ChecklistsSection({ plan, readOnly, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const lists = usePlanChecklists(plan);
  const { data, reload, replace: setLists } = lists;
  const planId = plan.id;
  /**
   * The plan itself changes with its lists: the tab's count, the warnings (a
   * rehearsal saved clears "no rehearsal") and the start gate. Asked again after each write.
   */
  const syncPlan = useCallback(async () => {
    const fresh = await api.plans.get({ id: planId });
    if (fresh.ok) onSaved(fresh.value);
  }, [planId, onSaved]);
  const replace = useCallback(
    (next: PlanChecklists) => {
      setLists(next);
      void syncPlan();
    },
    [setLists, syncPlan],
  );
  const afterTick = useCallback(async () => {
    await reload();
    await syncPlan();
  }, [reload, syncPlan]);
  const { tick, busyIds } = useTick(afterTick);
  const [editing, setEditing] = useState<{ list: List | null; item: ChecklistItem | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const canTick = can('checklists.tick');
  const canEdit = !readOnly && can('plans.manage');
  const onPlan = useMemo(() => new Set((data?.lists ?? []).flatMap((l) => (l.templateId ? [l.templateId] : []))), [data]);

  async function submitItem(draft: ItemDraft) {
    if (!editing) return;
    setBusy(true);
    const { section, ...fields } = draft;
    const result = editing.item
      ? await api.checklists.updateItem({ id: editing.item.id, ...fields })
      : await api.checklists.addItem({ checklistId: editing.list!.id, section, ...fields });
    setBusy(false);
    if (!result.ok) return void message.error(errorText(result.error));
    setEditing(null);
    replace(result.value);
    message.success(t('planChecklists.item.saved'));
  }

  async function remove(item: ChecklistItem) {
    const result = await api.checklists.removeItem({ id: item.id });
    if (!result.ok) return void message.error(errorText(result.error));
    replace(result.value);
  }

  if (!data) {
    return (
      <div className="plan-section" data-testid="checklists-section">
        {lists.error ? <Alert type="error" showIcon title={errorText(lists.error)} /> : <Spin />}
      </div>
    );
  }

  const { progress } = data;
  const percent = progress.total === 0 ? 0 : Math.round((progress.closed / progress.total) * 100);
  const editingList = editing?.list ?? data.lists.find((l) => l.id === editing?.item?.checklistId) ?? null;
  return (
    <div className="plan-section checklists-section" data-testid="checklists-section">
      <SectionToolbar section="checklists" dirty={false} busy={false} readOnly onSave={() => undefined} onDiscard={() => undefined}>
        <div className="checklists-summary" data-testid="checklists-summary">
          <Progress type="circle" percent={percent} size={44} format={() => `${percent}%`} aria-label={t('planChecklists.summary.closed', { closed: progress.closed, total: progress.total })} />
          <span>
            <strong>{t('planChecklists.summary.closed', { closed: progress.closed, total: progress.total })}</strong>
            {progress.requiredOpenBeforeStart > 0 && !isClosedPlan(plan.status) && (
              <Typography.Text type="warning" className="checklists-summary__gate" data-testid="checklists-required-open">
                {t('planChecklists.summary.requiredOpen', { count: progress.requiredOpenBeforeStart })}
              </Typography.Text>
            )}
          </span>
          <ProgressCounts progress={progress} />
        </div>
        <HandoffPrintMenu planId={plan.id} departments={handoffDepartments(data)} onPrinted={() => void afterTick()} />
        {canEdit && <AddFromTemplate planId={plan.id} onPlan={onPlan} onAdded={replace} />}
        <Typography.Text type="secondary" className="plan-section-hint">
          {t('planChecklists.summary.keys')}
        </Typography.Text>
      </SectionToolbar>
      {data.lists.length === 0 && (
        <Empty description={plan.status === 'draft' ? t('planChecklists.empty.draft') : t('planChecklists.empty.none')} data-testid="checklists-empty" />
      )}
      {data.lists.map((list) => (
        <ChecklistCard
          key={list.id}
          list={list}
          canTick={canTick}
          canEdit={canEdit}
          busyIds={busyIds}
          onTick={(item, status) => tick([item.id], status, item.note)}
          onAdd={(l) => setEditing({ list: l, item: null })}
          onEdit={(item) => setEditing({ list: null, item })}
          onRemove={(item) => void remove(item)}
        />
      ))}
      <MaterialsPanel planId={plan.id} materials={data.materials} canEdit={canEdit} onSaved={replace} />
      {(data.rehearsalRequired || data.rehearsal || canEdit) && <RehearsalPanel plan={plan} data={data} canEdit={canEdit} onSaved={replace} />}
      <EmergencyPlanCard planId={plan.id} canEdit={canEdit} />
      <ItemEditModal
        open={editing !== null}
        item={editing?.item ?? null}
        sections={editingList ? sectionsOf(editingList.items).map((s) => s.title) : []}
        busy={busy}
        onCancel={() => setEditing(null)}
        onSubmit={(draft) => void submitItem(draft)}
      />
    </div>
  );
}
