import { App as AntApp, type InputRef } from 'antd';
import { useCallback, useRef, type RefObject } from 'react';
import type { VisitSummary } from '../../../contract/visits';
import { useDesk } from '../context/DeskContext';
import { RecordIncidentButton } from '../incident-form/RecordIncidentButton';
import { ScriptsDrawerButton } from '../incident-form/ScriptsDrawer';
import { useExpectedArrivals } from './arrivals/useExpectedArrivals';
import { CheckInForm, type CheckInFormHandle } from './CheckInForm';
import { DuePanel } from './due/DuePanel';
import { RollCallButton } from './due/RollCallButton';
import { useDueItems } from './due/useDueItems';
import { ScanCheckOut } from './ScanCheckOut';
import { ShortcutHints } from './ShortcutHints';
import { useCheckOut } from './useCheckOut';
import { useDeskShortcuts } from './useDeskShortcuts';
import { usePrintBadges } from './usePrintBadges';
import { useScannerInput } from './useScannerInput';
import type { VisitLists } from './useVisitLists';
import { VisitListsPanel } from './VisitListsPanel';
import './desk.css';

/**
 * The front desk, with its own message holder: its messages stack over the
 * check-in column (desk.css), never over the scan bar's label at the top of
 * the other column. Notifications keep the window's top-right corner.
 */
export function DeskScreen({ lists }: { lists: VisitLists }) {
  const toastsRef = useRef<HTMLDivElement>(null);
  return (
    <AntApp component={false} message={{ getContainer: () => toastsRef.current ?? document.body, top: 0, maxCount: 3 }} notification={{ top: 64 }}>
      <DeskBody lists={lists} toastsRef={toastsRef} />
    </AntApp>
  );
}

/** Register on the left; check out and see who is here on the right. */
function DeskBody({ lists, toastsRef }: { lists: VisitLists; toastsRef: RefObject<HTMLDivElement | null> }) {
  const { settings, can } = useDesk();
  // Roles without desk work (an auditor) see the lists only: no form, no scan box, no scanner.
  const canRegister = can('visitors.register');
  const canCheckOut = can('visits.checkOut');
  const formRef = useRef<CheckInFormHandle>(null);
  const scanRef = useRef<InputRef>(null);
  const { refresh } = lists;
  const { checkOutVisit, checkOutBadge, undoCheckOut, busyIds } = useCheckOut(refresh);
  const { print, printingIds } = usePrintBadges(refresh);
  const arrivals = useExpectedArrivals(can('desk.view'));
  const refreshArrivals = arrivals.refresh;
  const due = useDueItems(can('checklists.view'));
  const focusHome = useCallback(() => (canRegister ? formRef.current?.focusName() : scanRef.current?.focus()), [canRegister]);

  useScannerInput(
    (code) => void checkOutBadge(code),
    () => scanRef.current?.input ?? null,
    canCheckOut,
  );
  useDeskShortcuts({
    onNewVisitor: () => formRef.current?.focusName(),
    onScan: () => scanRef.current?.focus({ cursor: 'all' }),
  });

  const onCheckedIn = useCallback(
    async (visit: VisitSummary) => {
      await refresh();
      if (settings.autoPrintBadge && can('badges.print')) await print([visit.id]);
    },
    [can, print, refresh, settings.autoPrintBadge],
  );

  // A planned group's badges print in one batch, when the receptionist left "print badges" ticked.
  const onPlannedCheckedIn = useCallback(
    async (visits: VisitSummary[], printBadges: boolean) => {
      await Promise.all([refresh(), refreshArrivals()]);
      if (printBadges && can('badges.print')) await print(visits.map((v) => v.id));
    },
    [can, print, refresh, refreshArrivals],
  );

  return (
    <div className={canRegister ? 'desk' : 'desk desk--lists-only'}>
      <div className="desk__toasts" ref={toastsRef} />
      {canRegister && (
        <div className="desk__left">
          <CheckInForm ref={formRef} onCheckedIn={(v) => void onCheckedIn(v)} onCheckOutBadge={checkOutBadge} />
          <ShortcutHints />
        </div>
      )}
      <div className="desk__right">
        <div className="desk__top-right">
          {canCheckOut && <ScanCheckOut inputRef={scanRef} onCheckOut={checkOutBadge} />}
          <RollCallButton onFocusHome={focusHome} />
          <div className="desk__service-tools">
            <RecordIncidentButton links={{ source: 'desk' }} shortcut="F8" />
            <ScriptsDrawerButton />
          </div>
        </div>
        <DuePanel due={due} onFocusHome={focusHome} />
        <VisitListsPanel
          lists={lists}
          printingIds={printingIds}
          busyIds={busyIds}
          onPrint={(visits) => print(visits.map((v) => v.id))}
          onCheckOut={(v) => void checkOutVisit(v)}
          onUndoCheckOut={(v) => void undoCheckOut(v)}
          arrivals={arrivals}
          onPlannedCheckedIn={onPlannedCheckedIn}
          onFocusHome={focusHome}
        />
      </div>
    </div>
  );
}
