import { PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Tabs } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';
import { errorText } from '../lib/errors';
import { useElementHeight } from '../lib/useElementHeight';
import { useDesk } from '../shell/DeskContext';
import { filterVisits } from './filterVisits';
import { IdCell } from './IdCell';
import { OnSiteTable } from './OnSiteTable';
import { RevealReasonModal } from './RevealReasonModal';
import { TodayTable } from './TodayTable';
import { useRevealedIds } from './useRevealedIds';
import type { VisitLists } from './useVisitLists';

type TabKey = 'on_site' | 'today';

/** Room the table header takes inside the measured area, so the body scrolls and the page never does. */
const TABLE_HEADER_PX = 48;
/** A revealed 18-digit number with its eye needs a little more than its mask. */
const ID_WIDTH = { plain: 152, revealable: 172 };

interface Props {
  lists: VisitLists;
  printingIds: ReadonlySet<string>;
  busyIds: ReadonlySet<string>;
  onPrint: (visits: VisitSummary[]) => Promise<boolean>;
  onCheckOut: (visit: VisitSummary) => void;
  onUndoCheckOut: (visit: VisitSummary) => void;
}

export function VisitListsPanel({ lists, printingIds, busyIds, onPrint, onCheckOut, onUndoCheckOut }: Props) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const canReveal = can('sensitive.reveal');
  const canPrint = can('badges.print');
  const canCheckOut = can('visits.checkOut');
  const { revealed, reveal, hide } = useRevealedIds();
  const [asking, setAsking] = useState<VisitSummary | null>(null);
  const [tab, setTab] = useState<TabKey>('on_site');
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const scrollY = Math.max(120, useElementHeight(bodyRef) - TABLE_HEADER_PX);

  const onSite = useMemo(() => filterVisits(lists.onSite, filter), [lists.onSite, filter]);
  const today = useMemo(() => filterVisits(lists.today, filter), [lists.today, filter]);
  // Someone checked out elsewhere must not stay selected for a batch print.
  const selectedOnSite = useMemo(() => lists.onSite.filter((v) => selected.includes(v.id)), [lists.onSite, selected]);

  const emptyText = (all: VisitSummary[], none: string) => (filter.trim() && all.length > 0 ? t('lists.noMatch') : none);

  const idCell = (visit: VisitSummary) => (
    <IdCell visit={visit} revealed={revealed.get(visit.visitorId)} canReveal={canReveal} onAsk={setAsking} onHide={hide} />
  );
  const idWidth = canReveal ? ID_WIDTH.revealable : ID_WIDTH.plain;

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
                {t('lists.onSite')} <span className="tab-count">{lists.onSite.length}</span>
              </span>
            ),
          },
          {
            key: 'today',
            label: (
              <span data-testid="today-tab">
                {t('lists.today')} <span className="tab-count">{lists.today.length}</span>
              </span>
            ),
          },
        ]}
        tabBarExtraContent={
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
            <Input
              aria-label={t('lists.filter')}
              placeholder={t('lists.filter')}
              prefix={<SearchOutlined aria-hidden />}
              allowClear
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              className="lists-card__filter"
              data-testid="list-filter"
            />
          </div>
        }
      />
      {lists.error && (
        <Alert type="warning" showIcon className="lists-card__alert" title={`${t('lists.loadFailed')}: ${errorText(lists.error)}`} />
      )}
      <div className="lists-card__body" ref={bodyRef}>
        {tab === 'on_site' ? (
          <OnSiteTable
            visits={onSite}
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
            idWidth={idWidth}
            canPrint={canPrint}
            canCheckOut={canCheckOut}
          />
        ) : (
          <TodayTable
            visits={today}
            loading={lists.loading}
            emptyText={emptyText(lists.today, t('lists.emptyToday'))}
            scrollY={scrollY}
            busyIds={busyIds}
            onUndoCheckOut={onUndoCheckOut}
            idCell={idCell}
            idWidth={idWidth}
            canCheckOut={canCheckOut}
          />
        )}
      </div>
      {canReveal && <RevealReasonModal visit={asking} onClose={() => setAsking(null)} onReveal={reveal} />}
    </section>
  );
}
