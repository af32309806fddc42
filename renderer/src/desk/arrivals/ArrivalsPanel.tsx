import { Alert, App, Button, Empty, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInPlannedResult, VisitSummary } from '../../../../contract/visits';
import { errorText } from '../../lib/errors';
import { pageHash } from '../../lib/useHashRoute';
import { DaySchedulePrintButton } from '../../print-menus/DaySchedulePrintButton';
import { useDesk } from '../../context/DeskContext';
import { ArrivalGroupCard } from './ArrivalGroupCard';
import { badgeRange, hasArrived, type ArrivalGroup, type ArrivalGuest } from './arrivalGroups';
import { ArrivalRow } from './ArrivalRow';
import { CheckInPlannedDialog, outcomeText, type CheckInRequest } from './CheckInPlannedDialog';
import { filterGroups, usePinyinReady } from './guestSearch';
import type { ExpectedArrivals } from './useExpectedArrivals';
import './arrivals.css';

/** What the lists panel's filter box hands over while this tab is open. */
export interface ArrivalsPanelHandle {
  onFilterKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
}

interface Props {
  ref?: Ref<ArrivalsPanelHandle>;
  arrivals: ExpectedArrivals;
  filter: string;
  onCheckedIn: (visits: VisitSummary[], printBadges: boolean) => Promise<void>;
  /** A refused check-in may mean another desk got there first: reload this list and the desk's. */
  onStale: () => void;
  /** The check-in dialog has gone (done or cancelled): the dialog unmounts at once, so focus is put back here. */
  onDialogDone: () => void;
}

function EmptyDay() {
  const { t } = useTranslation();
  const { can } = useDesk();
  return (
    <Empty
      className="arrivals__empty"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <span data-testid="arrivals-empty">
          <strong>{t('arrivals.empty')}</strong>
          <br />
          <span className="muted">{t('arrivals.emptyHint')}</span>
        </span>
      }
    >
      {can('plans.view') && <Button href={pageHash('plans')}>{t('arrivals.openPlans')}</Button>}
    </Empty>
  );
}

/**
 * Today's planned guests by plan. Check in one guest, the selected ones or a
 * whole group through one confirmation; the filter box finds a guest by name,
 * pinyin, company or plan, the arrow keys pick and Enter checks them in.
 */
export function ArrivalsPanel({ ref, arrivals, filter, onCheckedIn, onStale, onDialogDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, settings } = useDesk();
  const canRegister = can('visitors.register');
  const pinyinReady = usePinyinReady();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [chosen, setChosen] = useState<string | null>(null);
  const [request, setRequest] = useState<CheckInRequest | null>(null);
  const rows = useRef(new Map<string, HTMLDivElement>());

  // Matching by pinyin starts once its dictionary has loaded; until then, by characters.
  const visible = useMemo(() => filterGroups(arrivals.groups, filter, pinyinReady), [arrivals.groups, filter, pinyinReady]);
  const waiting = useMemo(() => visible.flatMap((v) => v.guests.filter((g) => !hasArrived(g))), [visible]);
  // A refresh that finds a guest arrived (or gone) drops them from the selection and the cursor.
  const selectedKeys = useMemo(() => new Set(waiting.filter((g) => selected.has(g.key)).map((g) => g.key)), [waiting, selected]);
  const active = waiting.find((g) => g.key === chosen) ?? (filter.trim() ? waiting[0] : undefined);

  useEffect(() => {
    if (active) rows.current.get(active.key)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function open(group: ArrivalGroup, guests: ArrivalGuest[]) {
    if (canRegister && guests.length > 0) setRequest({ group, guests });
  }

  function openFor(guest: ArrivalGuest) {
    const group = arrivals.groups.find((g) => g.planId === guest.planId);
    if (group) open(group, [guest]);
  }

  function move(step: number) {
    if (waiting.length === 0) return;
    const at = active ? waiting.indexOf(active) : -1;
    const next = waiting[Math.min(waiting.length - 1, Math.max(0, at + step))];
    if (next) setChosen(next.key);
  }

  useImperativeHandle(ref, () => ({
    onFilterKeyDown(e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        move(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Enter' && !e.nativeEvent.isComposing && active) {
        e.preventDefault();
        openFor(active);
      }
    },
  }));

  function toggle(keys: string[], on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }

  function closeDialog() {
    setRequest(null);
    // After the dialog has left the page, or focus would go down with it.
    requestAnimationFrame(onDialogDone);
  }

  async function checkedIn({ visits, guests }: CheckInPlannedResult, printBadges: boolean) {
    const done = request?.guests ?? [];
    // Those main skipped (already on site, already checked in) are named under the line that counts the rest.
    const skipped = guests.filter((g) => g.outcome !== 'checkedIn');
    closeDialog();
    toggle(
      done.map((g) => g.key),
      false,
    );
    setChosen(null);
    message.success({
      // One line for the latest check-in, not a stack of them.
      key: 'arrivals-success',
      content: (
        <span className="arrivals-success">
          <span data-testid="arrivals-success">
            {visits.length === 1
              ? t('arrivals.success.one', { name: visits[0]!.name, badges: badgeRange(visits) })
              : t('arrivals.success.many', { count: visits.length, badges: badgeRange(visits) })}
          </span>
          {skipped.map((g) => (
            <span key={g.personId} className="arrivals-success__skipped" data-testid="arrivals-skipped">
              {outcomeText(t, g)}
            </span>
          ))}
        </span>
      ),
      duration: skipped.length > 0 ? 10 : 6,
    });
    await onCheckedIn(visits, printBadges);
    // The lists re-rendered (and badges printed) meanwhile: if focus fell out of the panel's hands, put it back.
    const at = document.activeElement;
    if (!at || at === document.body || at.closest('[data-testid="arrivals-panel"]')) onDialogDone();
  }

  let body;
  if (arrivals.loading && arrivals.groups.length === 0) body = <Spin className="arrivals__loading" />;
  else if (arrivals.groups.length === 0) body = <EmptyDay />;
  else if (visible.length === 0) body = <Empty className="arrivals__empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('arrivals.noMatch')} />;
  else
    body = visible.map(({ group, guests }) => (
      <ArrivalGroupCard
        key={group.planId}
        group={group}
        selectedKeys={selectedKeys}
        canRegister={canRegister}
        canOpenPlan={can('plans.view')}
        searching={filter.trim() !== ''}
        onSelectAll={(guestsToSelect, on) => toggle(guestsToSelect.map((g) => g.key), on)}
        onCheckIn={(guestsToCheckIn) => open(group, guestsToCheckIn)}
      >
        {guests.map((guest) => (
          <ArrivalRow
            key={guest.key}
            guest={guest}
            active={guest.key === active?.key}
            selected={selectedKeys.has(guest.key)}
            canRegister={canRegister}
            rowRef={(el) => {
              if (el) rows.current.set(guest.key, el);
              else rows.current.delete(guest.key);
            }}
            onToggle={(on) => toggle([guest.key], on)}
            onCheckIn={() => open(group, [guest])}
            onActivate={() => !hasArrived(guest) && setChosen(guest.key)}
          />
        ))}
      </ArrivalGroupCard>
    ));

  return (
    <div className={canRegister ? 'arrivals' : 'arrivals arrivals--readonly'} role="region" aria-label={t('arrivals.title')} data-testid="arrivals-panel">
      {arrivals.error && (
        <Alert type="warning" showIcon className="lists-card__alert" title={`${t('arrivals.loadFailed')}: ${errorText(arrivals.error)}`} />
      )}
      <div className="arrivals__scroll">{body}</div>
      {arrivals.groups.length > 0 && (
        <div className="arrivals__footer">
          {/* The sheet the desk pins up: every visit of the day, with times, rooms and greeters. */}
          <DaySchedulePrintButton day={dayjs().format('YYYY-MM-DD')} />
        </div>
      )}
      <CheckInPlannedDialog
        request={request}
        canPrint={can('badges.print')}
        printByDefault={settings.autoPrintBadge}
        onClose={closeDialog}
        onRefused={onStale}
        onCheckedIn={(result, printBadges) => void checkedIn(result, printBadges)}
      />
    </div>
  );
}
