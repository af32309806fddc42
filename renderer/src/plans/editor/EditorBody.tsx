import { Alert, Tabs } from 'antd';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isClosedPlan, type PlanDetail } from '../../../../contract/plans';
import { useDesk } from '../../context/DeskContext';
import { BasicsSection } from './BasicsSection';
import { BookingsSection } from './BookingsSection';
import { ChecklistsSection } from './checklists/ChecklistsSection';
import { EditorContext, type EditorControls } from './editorContext';
import { GuestsSection } from './GuestsSection';
import { IncompleteAlert } from './IncompleteAlert';
import { ItinerarySection } from './ItinerarySection';
import { PlanHeader } from './PlanHeader';
import { PlanWarnings } from './PlanWarnings';
import { SECTIONS, sectionCount, sectionsWithWarnings, type SectionKey } from './sections';
import type { SectionProps } from './sectionProps';
import { StatusActions } from './StatusActions';
import { TabLabel } from './TabLabel';
import { TeamSection } from './TeamSection';
import { useEditorKeys } from './useEditorKeys';
import { useLeaveGuard } from './useLeaveGuard';

interface Props {
  plan: PlanDetail;
  onSaved: (plan: PlanDetail) => void;
  onClose: () => void;
}

const SECTION_VIEWS: Record<SectionKey, (props: SectionProps) => ReactNode> = {
  basics: BasicsSection,
  guests: GuestsSection,
  itinerary: ItinerarySection,
  team: TeamSection,
  bookings: BookingsSection,
  checklists: ChecklistsSection,
};

/** The loaded plan: header, warnings, and the six tabs, with unsaved edits guarded. */
export function EditorBody({ plan, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const mayManage = can('plans.manage');
  const readOnly = isClosedPlan(plan.status) || !mayManage;
  const [tab, setTab] = useState<SectionKey>('basics');
  const [dirty, setDirty] = useState<ReadonlySet<SectionKey>>(new Set());
  const [missing, setMissing] = useState<string[]>([]);
  const savers = useRef<Partial<Record<SectionKey, () => void>>>({});

  const controls = useMemo<EditorControls>(
    () => ({
      report: (key, state) => {
        savers.current[key] = state?.save;
        setDirty((prev) => {
          const want = !!state?.dirty;
          if (prev.has(key) === want) return prev;
          const next = new Set(prev);
          if (want) next.add(key);
          else next.delete(key);
          return next;
        });
      },
      goTo: setTab,
    }),
    [],
  );

  const unsaved = SECTIONS.filter((k) => dirty.has(k)).map((k) => t(`planEditor.tabs.${k}`));
  const confirmLeave = useLeaveGuard(unsaved);
  const back = () => confirmLeave(onClose);
  useEditorKeys({
    onBack: back,
    onTab: (index) => {
      const key = SECTIONS[index];
      if (key) setTab(key);
    },
    onSave: () => {
      if (!readOnly) savers.current[tab]?.();
    },
  });

  // What main said was missing, until the plan as saved now has it.
  const stillMissing = missing.filter((m) => (m === 'times' ? !plan.arrivalAt || !plan.departureAt : m === 'guests' ? plan.guestCount === 0 : true));
  // A closed plan's warnings no longer call for action: neither the list nor the dots show.
  const warned = sectionsWithWarnings(isClosedPlan(plan.status) ? [] : plan.warnings);
  const items = SECTIONS.map((key, index) => {
    const View = SECTION_VIEWS[key];
    return {
      key,
      label: <TabLabel section={key} position={index + 1} count={sectionCount(plan, key)} warning={warned.has(key)} dirty={dirty.has(key)} />,
      children: <View plan={plan} readOnly={readOnly} onSaved={onSaved} />,
    };
  });

  return (
    <EditorContext.Provider value={controls}>
      <div className="plan-editor" data-testid="plan-editor" data-plan-id={plan.id}>
        <PlanHeader
          plan={plan}
          onBack={back}
          actions={mayManage && <StatusActions plan={plan} unsaved={unsaved} onChanged={onSaved} onIncomplete={setMissing} />}
        />
        {readOnly && (
          <Alert
            type="info"
            showIcon
            className="plan-readonly"
            data-testid="plan-readonly"
            title={isClosedPlan(plan.status) ? t('planEditor.readOnly.closed', { status: t(`planStatus.${plan.status}`) }) : t('planEditor.readOnly.noPermission')}
          />
        )}
        <IncompleteAlert missing={stillMissing} onFix={setTab} onClose={() => setMissing([])} />
        {!isClosedPlan(plan.status) && <PlanWarnings warnings={plan.warnings} draft={plan.status === 'draft'} onFix={setTab} />}
        <Tabs activeKey={tab} onChange={(key) => setTab(key as SectionKey)} items={items} className="plan-tabs" aria-label={t('planEditor.tabs.label')} />
      </div>
    </EditorContext.Provider>
  );
}
