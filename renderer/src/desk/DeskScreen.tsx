import type { InputRef } from 'antd';
import { useCallback, useRef } from 'react';
import type { VisitSummary } from '../../../contract/visits';
import { useDesk } from '../shell/DeskContext';
import { CheckInForm, type CheckInFormHandle } from './CheckInForm';
import { ScanCheckOut } from './ScanCheckOut';
import { ShortcutHints } from './ShortcutHints';
import { useCheckOut } from './useCheckOut';
import { useDeskShortcuts } from './useDeskShortcuts';
import { usePrintBadges } from './usePrintBadges';
import { useScannerInput } from './useScannerInput';
import type { VisitLists } from './useVisitLists';
import { VisitListsPanel } from './VisitListsPanel';
import './desk.css';

/** The front desk: register on the left; check out and see who is here on the right. */
export function DeskScreen({ lists }: { lists: VisitLists }) {
  const { settings } = useDesk();
  const formRef = useRef<CheckInFormHandle>(null);
  const scanRef = useRef<InputRef>(null);
  const { refresh } = lists;
  const { checkOutVisit, checkOutBadge, undoCheckOut, busyIds } = useCheckOut(refresh);
  const { print, printingIds } = usePrintBadges(refresh);

  useScannerInput(
    (code) => void checkOutBadge(code),
    () => scanRef.current?.input ?? null,
  );
  useDeskShortcuts({
    onNewVisitor: () => formRef.current?.focusName(),
    onScan: () => scanRef.current?.focus({ cursor: 'all' }),
  });

  const onCheckedIn = useCallback(
    async (visit: VisitSummary) => {
      await refresh();
      if (settings.autoPrintBadge) await print([visit.id]);
    },
    [print, refresh, settings.autoPrintBadge],
  );

  return (
    <div className="desk">
      <div className="desk__left">
        <CheckInForm ref={formRef} onCheckedIn={(v) => void onCheckedIn(v)} onCheckOutBadge={checkOutBadge} />
        <ShortcutHints />
      </div>
      <div className="desk__right">
        <ScanCheckOut inputRef={scanRef} onCheckOut={checkOutBadge} />
        <VisitListsPanel
          lists={lists}
          printingIds={printingIds}
          busyIds={busyIds}
          onPrint={(visits) => print(visits.map((v) => v.id))}
          onCheckOut={(v) => void checkOutVisit(v)}
          onUndoCheckOut={(v) => void undoCheckOut(v)}
        />
      </div>
    </div>
  );
}
