import { PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Tabs, type InputRef } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';
import { errorText } from '../lib/errors';
import { useElementHeight } from '../lib/useElementHeight';
import { useDesk } from '../context/DeskContext';
import { ExportButton } from '../data-transfer/ExportButton';
import { ArrivalsPanel, type ArrivalsPanelHandle } from './arrivals/ArrivalsPanel';
import { useArrivalsShortcut } from './arrivals/useArrivalsShortcut';
import type { ExpectedArrivals } from './arrivals/useExpectedArrivals';
import { IdCell } from './IdCell';
import { OnSiteTable } from './OnSiteTable';
import { RevealReasonModal } from './RevealReasonModal';
import { TodayTable } from './TodayTable';
import { useRevealedIds } from './useRevealedIds';
import type { VisitListPage, VisitLists } from './useVisitLists';

type TabKey = 'on_site' | 'today' | 'expected';

/** Room the table header takes inside the measured area, so the body scrolls and the page never does. */
const TABLE_HEADER_PX = 48;

interface Props {
  lists: VisitLists;
  printingIds: ReadonlySet<string>;
  busyIds: ReadonlySet<string>;
  onPrint: (visits: VisitSummary[]) => Promise<boolean>;
  onCheckOut: (visit: VisitSummary) => void;
  onUndoCheckOut: (visit: VisitSummary) => void;
  /** Today's planned guests, and what follows their check-in (lists refreshed, badges printed). */
  arrivals: ExpectedArrivals;
  onPlannedCheckedIn: (visits: VisitSummary[], printBadges: boolean) => Promise<void>;
  /** Focus where the desk's work goes on (the check-in form's name field), when a dialog leaves it nowhere. */
  onFocusHome: () => void;
}

export function VisitListsPanel({ lists, printingIds, busyIds, onPrint, onCheckOut, onUndoCheckOut, arrivals, onPlannedCheckedIn, onFocusHome }: Props) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const canReveal = can('sensitive.reveal');
  const canPrint = can('badges.print');
  const canCheckOut = can('visits.checkOut');
  const { revealed, reveal, hide } = useRevealedIds();
  const [asking, setAsking] = useState<VisitSummary | null>(null);
  const [tab, setTab] = useState<TabKey>('on_site');
  const filter = lists.query;
  const [selected, setSelected] = useState<string[]>([]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<InputRef>(null);
  const arrivalsRef = useRef<ArrivalsPanelHandle>(null);
  const scrollY = Math.max(120, useElementHeight(bodyRef) - TABLE_HEADER_PX);

  // Main filters and pages the lists; someone checked out elsewhere (or off this page) is no longer selected for a batch print.
  const selectedOnSite = useMemo(() => lists.onSite.rows.filter((v) => selected.includes(v.id)), [lists.onSite.rows, selected]);

  useArrivalsShortcut(() => {
    setTab('expected');
    filterRef.current?.focus({ cursor: 'all' });
  });

  const emptyText = (list: VisitListPage, none: string) => (filter.trim() && list.scopeTotal > 0 ? t('lists.noMatch') : none);

  const idCell = (visit: VisitSummary) => (
    <IdCell visit={visit} revealed={revealed.get(visit.personId)} canReveal={canReveal} onAsk={setAsking} onHide={hide} />
  );

  async function printSelected() {
    if (await onPrint(selectedOnSite)) setSelected([]);
  }

  return (
    <section className="lists-card">
      <Tabs
        className="lists-card__tabs"
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        items={[
          {
            key: 'on_site',
            label: (
              <span data-testid="onsite-tab">
                {t('lists.onSite')} <span className="tab-count">{lists.onSite.scopeTotal}</span>
              </span>
            ),
          },
          {
            key: 'today',
            label: (
              <span data-testid="today-tab">
                {t('lists.today')} <span className="tab-count">{lists.today.scopeTotal}</span>
              </span>
            ),
          },
          {
            key: 'expected',
            label: (
              <span data-testid="expected-tab">
                {t('arrivals.tab')}{' '}
                <span className={arrivals.waiting > 0 ? 'tab-count tab-count--attention' : 'tab-count'} data-testid="expected-count">
                  {arrivals.waiting}
                </span>
              </span>
            ),
          },
        ]}
        // The tools sit beside the tab list, not in it: a tablist may hold only tabs, and antd puts extra content inside it.
        renderTabBar={(props, DefaultTabBar) => (
          <div className="lists-card__bar">
            <DefaultTabBar {...props} />
            <div className="lists-card__tools">
              {tab === 'on_site' && canPrint && selectedOnSite.length > 0 && (
                <Button
                  type="primary"
                  icon={<PrinterOutlined />}
                  onClick={() => void printSelected()}
                  data-testid="print-selected"
                >
                  {t('lists.printSelected', { count: selectedOnSite.length })}
                </Button>
              )}
              {tab !== 'expected' && (
                // The list on screen, as main scopes it (on site now, or today's), with the filter typed.
                <ExportButton dataset="visits" filters={{ scope: tab, ...(filter.trim() && { query: filter.trim() }) }} data-testid="visits-export" />
              )}
              <Input
                ref={filterRef}
                aria-label={tab === 'expected' ? t('arrivals.filter') : t('lists.filter')}
                placeholder={tab === 'expected' ? t('arrivals.filter') : t('lists.filter')}
                title={tab === 'expected' ? t('arrivals.filterHint') : undefined}
                prefix={<SearchOutlined aria-hidden />}
                allowClear
                value={filter}
                onChange={(e) => lists.setQuery(e.target.value)}
                onKeyDown={(e) => tab === 'expected' && arrivalsRef.current?.onFilterKeyDown(e)}
                className="lists-card__filter"
                data-testid="list-filter"
              />
            </div>
          </div>
        )}
      />
      {lists.error && (
        <Alert type="warning" showIcon className="lists-card__alert" title={`${t('lists.loadFailed')}: ${errorText(lists.error)}`} />
      )}
      <div className="lists-card__body" ref={bodyRef}>
        {tab === 'expected' ? (
          <ArrivalsPanel
            ref={arrivalsRef}
            arrivals={arrivals}
            filter={filter}
            onCheckedIn={onPlannedCheckedIn}
            onStale={() => void Promise.all([lists.refresh(), arrivals.refresh()])}
            // After a planned check-in (or its dialog cancelled): back in the guest search, ready for the next.
            onDialogDone={() => filterRef.current?.focus({ cursor: 'all' })}
          />
        ) : tab === 'on_site' ? (
          <OnSiteTable
            list={lists.onSite}
            onPage={(page, size) => lists.setPage('on_site', page, size)}
            loading={lists.loading}
            emptyText={emptyText(lists.onSite, t('lists.emptyOnSite'))}
            scrollY={scrollY}
            selectedIds={selectedOnSite.map((v) => v.id)}
            onSelect={setSelected}
            printingIds={printingIds}
            busyIds={busyIds}
            onPrint={(v) => void onPrint([v])}
            onCheckOut={onCheckOut}
            idCell={idCell}
            canPrint={canPrint}
            canCheckOut={canCheckOut}
          />
        ) : (
          <TodayTable
            list={lists.today}
            onPage={(page, size) => lists.setPage('today', page, size)}
            loading={lists.loading}
            emptyText={emptyText(lists.today, t('lists.emptyToday'))}
            scrollY={scrollY}
            busyIds={busyIds}
            onUndoCheckOut={onUndoCheckOut}
            idCell={idCell}
            canCheckOut={canCheckOut}
          />
        )}
      </div>
      {canReveal && <RevealReasonModal visit={asking} onClose={() => setAsking(null)} onClosed={onFocusHome} onReveal={reveal} />}
    </section>
  );
}
