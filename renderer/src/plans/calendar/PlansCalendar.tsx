import type { DateSelectArg, DatesSetArg, EventClickArg, EventContentArg } from '@fullcalendar/core';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../contract/plans';
import type { PlansView } from '../usePlansView';
import { hasMultiDay, planEvents, visibleHours } from './planEvents';
import { PlanEventContent } from './PlanEventContent';

export type CalendarView = Exclude<PlansView, 'list'>;

const FC_VIEWS: Record<CalendarView, string> = { day: 'timeGridDay', week: 'timeGridWeek', month: 'dayGridMonth' };
const fromFcView = (type: string): CalendarView => (type === 'timeGridDay' ? 'day' : type === 'timeGridWeek' ? 'week' : 'month');

const DAY = 'YYYY-MM-DD';
const MINUTE = 'YYYY-MM-DDTHH:mm';
const CLOCK = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
/*
 * FullCalendar re-reads every option whose identity changes, and a changed
 * view option re-sets the view (and fires datesSet again): keep options that
 * are objects or arrays at module level.
 */
const PLUGINS = [dayGridPlugin, timeGridPlugin, interactionPlugin];
const LOCALES = [zhCnLocale];
const MONTH_HEADER = { weekday: 'short' } as const;
const DAY_HEADER = { weekday: 'short', month: 'numeric', day: 'numeric', omitCommas: true } as const;
const BUSINESS_HOURS = visibleHours([]);
const renderEvent = (arg: EventContentArg) => <PlanEventContent arg={arg} />;

/** What the calendar shows after each move: the days to fetch and the period's name. */
export interface ShownPeriod {
  view: CalendarView;
  date: string;
  from: string;
  to: string;
  title: string;
}

interface Props {
  view: CalendarView;
  date: string;
  plans: PlanSummary[];
  canCreate: boolean;
  onShown: (period: ShownPeriod) => void;
  /** A day's number was clicked: show that day. */
  onPickDay: (date: string) => void;
  onOpen: (planId: string) => void;
  onCreateAt: (arrivalAt: string, departureAt: string) => void;
}

/**
 * A selection on the grid as a new visit's times: a day in the month (or the
 * multi-day row) means 09:00–11:00 that day, several days 09:00 on the first
 * to 17:00 on the last; a single click in the time grid means two hours from there.
 */
export function selectionTimes(sel: { start: Date; end: Date; allDay: boolean }): [string, string] {
  const start = dayjs(sel.start);
  if (sel.allDay) {
    const last = dayjs(sel.end).subtract(1, 'day');
    if (last.isSame(start, 'day')) return [`${start.format(DAY)}T09:00`, `${start.format(DAY)}T11:00`];
    return [`${start.format(DAY)}T09:00`, `${last.format(DAY)}T17:00`];
  }
  const end = dayjs(sel.end);
  return [start.format(MINUTE), (end.diff(start, 'minute') <= 30 ? start.add(2, 'hour') : end).format(MINUTE)];
}

/** Day, week and month views of the plans in the visible days (FullCalendar, driven by the screen's own toolbar). */
export function PlansCalendar({ view, date, plans, canCreate, onShown, onPickDay, onOpen, onCreateAt }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<FullCalendar>(null);
  const events = useMemo(() => planEvents(plans), [plans]);
  // The month grid has no hours or multi-day row: keep those options still there, as each change re-lays the calendar out.
  const timeGrid = view !== 'month';
  const hours = useMemo(() => (timeGrid ? visibleHours(plans) : BUSINESS_HOURS), [timeGrid, plans]);
  const multiDayRow = useMemo(() => timeGrid && hasMultiDay(plans), [timeGrid, plans]);

  // The toolbar owns view and day; the calendar follows it.
  useEffect(() => {
    const calendar = ref.current?.getApi();
    if (!calendar) return;
    if (calendar.view.type !== FC_VIEWS[view]) calendar.changeView(FC_VIEWS[view], date);
    else if (dayjs(calendar.getDate()).format(DAY) !== date) calendar.gotoDate(date);
  }, [view, date]);

  function shown(arg: DatesSetArg) {
    onShown({
      view: fromFcView(arg.view.type),
      date: dayjs(arg.view.calendar.getDate()).format(DAY),
      from: dayjs(arg.start).format(DAY),
      to: dayjs(arg.end).subtract(1, 'day').format(DAY),
      title: arg.view.title,
    });
  }

  function clicked(arg: EventClickArg) {
    arg.jsEvent.preventDefault();
    onOpen(arg.event.id);
  }

  function selected(arg: DateSelectArg) {
    arg.view.calendar.unselect();
    const [arrivalAt, departureAt] = selectionTimes(arg);
    onCreateAt(arrivalAt, departureAt);
  }

  return (
    <div className="plans-calendar" data-testid="plans-calendar" data-view={view}>
      <FullCalendar
        // A new language builds the calendar afresh, so its period name (the toolbar's title) follows too.
        key={i18n.language}
        ref={ref}
        plugins={PLUGINS}
        initialView={FC_VIEWS[view]}
        initialDate={date}
        headerToolbar={false}
        locales={LOCALES}
        locale={i18n.language === 'en' ? 'en' : 'zh-cn'}
        firstDay={1}
        height="100%"
        events={events}
        eventContent={renderEvent}
        eventClick={clicked}
        eventInteractive
        eventDisplay="block"
        eventTimeFormat={CLOCK}
        slotLabelFormat={CLOCK}
        datesSet={shown}
        navLinks
        // FullCalendar names a month cell by its day number alone, though the cell also shows that day's visits;
        // named by all it shows, a screen reader reads the visits too (and the name holds the visible text).
        dayCellDidMount={({ el }) => el.removeAttribute('aria-labelledby')}
        navLinkDayClick={(day) => onPickDay(dayjs(day).format(DAY))}
        selectable={canCreate}
        selectMirror
        select={selected}
        dayMaxEvents
        eventMaxStack={4}
        slotEventOverlap={false}
        nowIndicator
        fixedWeekCount={false}
        slotDuration="00:30:00"
        slotMinTime={hours.min}
        slotMaxTime={hours.max}
        scrollTime="08:00:00"
        scrollTimeReset={false}
        allDaySlot={multiDayRow}
        allDayContent={t('plans.calendar.multiDay')}
        dayHeaderFormat={view === 'month' ? MONTH_HEADER : DAY_HEADER}
      />
    </div>
  );
}
