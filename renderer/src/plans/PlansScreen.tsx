import { CarOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors';
import { pageHash } from '../lib/useHashRoute';
import { useDesk } from '../context/DeskContext';
import { PlansCalendar, type CalendarView, type ShownPeriod } from './calendar/PlansCalendar';
import { PlansLegend } from './calendar/PlansLegend';
import { PlansToolbar } from './calendar/PlansToolbar';
import { usePlansShortcuts } from './calendar/usePlansShortcuts';
import { PlanEditor } from './editor/PlanEditor';
import { PlansList } from './list/PlansList';
import { DaySchedulePrintButton } from '../print-menus/DaySchedulePrintButton';
import { ResourcesPanel } from './resources/ResourcesPanel';
import { ExportButton } from '../data-transfer/ExportButton';
import { NewPlanModal, type NewPlanTimes } from './NewPlanModal';
import { CALENDAR_CAP, usePlansInRange, useSettledFilters, useUnscheduledCount } from './usePlansData';
import { updateListState, updatePlansView, usePlansView } from './usePlansView';
import './plans.css';

const samePeriod = (a: ShownPeriod, b: ShownPeriod) => a.from === b.from && a.to === b.to && a.title === b.title && a.view === b.view && a.date === b.date;

const openPlan = (id: string) => {
  window.location.hash = pageHash('plans', id);
};

/** `#/plans`: the calendar and list of visit plans; `#/plans/<id>`: that plan's editor. */
export function PlansScreen({ planId }: { planId: string | null }) {
  if (planId) return <PlanEditor planId={planId} onClose={() => (window.location.hash = pageHash('plans'))} />;
  return <PlansBrowser />;
}

function PlansBrowser() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useDesk();
  const canCreate = can('plans.manage');
  const state = usePlansView();
  const filters = useSettledFilters(state.statuses, state.query);
  const [period, setPeriod] = useState<ShownPeriod | null>(null);
  const [creating, setCreating] = useState<NewPlanTimes | null>(null);
  const [managingResources, setManagingResources] = useState(false);
  const calendarView = state.view === 'list' ? null : state.view;
  const range = usePlansInRange(calendarView && period ? period : null, filters);
  const unscheduled = useUnscheduledCount(filters);

  const resourcesButton = (
    <Button type="link" size="small" icon={<CarOutlined />} onClick={() => setManagingResources(true)} data-testid="plans-resources">
      {t('planTeam.resources.title')}
    </Button>
  );

  const startCreate = (times: NewPlanTimes = {}) => setCreating(times);
  usePlansShortcuts(state.view, canCreate ? () => startCreate() : null);

  function shown(next: ShownPeriod) {
    setPeriod((before) => (before && samePeriod(before, next) ? before : next));
    // The calendar may move by itself (a day's number clicked): the toolbar follows.
    updatePlansView((s) => (s.view === 'list' ? {} : { view: next.view, date: next.date }));
  }

  return (
    <section className="plans-page" aria-label={t('plans.title')} data-testid="plans-screen">
      <PlansToolbar
        state={state}
        title={period?.title ?? ''}
        canCreate={canCreate}
        onCreate={() => startCreate()}
        // The day view is the day a front desk pins up; other views pick a day first.
        tools={state.view === 'day' ? <DaySchedulePrintButton day={state.date} compact /> : null}
      />
      {calendarView ? (
        <>
          {range.error && <Alert type="warning" showIcon title={errorText(range.error)} className="plans-alert" />}
          {range.total > range.items.length && !range.loading && (
            <Alert type="info" showIcon title={t('plans.calendar.tooMany', { shown: Math.min(range.items.length, CALENDAR_CAP), total: range.total })} className="plans-alert" />
          )}
          <Spin spinning={range.loading} delay={300} wrapperClassName="plans-calendar-wrap">
            <PlansCalendar
              view={calendarView as CalendarView}
              date={state.date}
              plans={range.items}
              canCreate={canCreate}
              onShown={shown}
              onPickDay={(date) => updatePlansView(() => ({ view: 'day', date }))}
              onOpen={openPlan}
              onCreateAt={(arrivalAt, departureAt) => startCreate({ arrivalAt, departureAt })}
            />
          </Spin>
          <PlansLegend
            extra={resourcesButton}
            unscheduled={unscheduled}
            onShowUnscheduled={() => {
              updateListState({ unscheduled: true });
              updatePlansView(() => ({ view: 'list' }));
            }}
          />
        </>
      ) : (
        <PlansList filters={filters} list={state.list} onOpen={openPlan} />
      )}
      {state.view === 'list' && (
        <div className="plans-footer">
          {resourcesButton}
          <ExportButton
            dataset="plans"
            size="small"
            // The list's own filters: its range (or only the unscheduled plans), the statuses and the search.
            filters={{
              ...(state.list.unscheduled ? { unscheduled: true } : { ...(state.list.from && { from: state.list.from }), ...(state.list.to && { to: state.list.to }) }),
              ...(filters.statuses.length && { status: filters.statuses }),
              ...(filters.query && { query: filters.query }),
            }}
            data-testid="plans-export"
          />
        </div>
      )}
      <Drawer open={managingResources} size={880} title={t('planTeam.resources.title')} onClose={() => setManagingResources(false)} destroyOnHidden>
        <ResourcesPanel embedded />
      </Drawer>
      <NewPlanModal
        open={creating !== null}
        initial={creating}
        onClose={() => setCreating(null)}
        onCreated={(plan) => {
          setCreating(null);
          message.success(t('plans.form.created', { title: plan.title }));
          openPlan(plan.id);
        }}
      />
    </section>
  );
}
