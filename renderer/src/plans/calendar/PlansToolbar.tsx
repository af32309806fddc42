import { LeftOutlined, PlusOutlined, RightOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Segmented, Select, Space, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_STATUSES, plans, type PlanStatus } from '../../../../contract/plans';
import { ListRangeControls } from '../list/ListRangeControls';
import { DEFAULT_STATUSES, PLANS_VIEWS, setPlanFilters, today, updatePlansView, type PlansView, type PlansViewState } from '../usePlansView';
import { maxLengthOf } from '../../lib/fieldLimit';
import { stepDate } from './calendarNav';

interface Props {
  state: PlansViewState;
  /** The period the calendar shows, as FullCalendar names it ("2026年11月"). */
  title: string;
  canCreate: boolean;
  onCreate: () => void;
  /** Tools that belong to the screen rather than to the filters (printing a day, rooms and vehicles). */
  tools?: ReactNode;
}

/** The status filter in a few words: the default set, one or two names, or how many. */
function statusSummary(statuses: PlanStatus[], t: TFunction): string {
  if (statuses.length === DEFAULT_STATUSES.length && DEFAULT_STATUSES.every((s) => statuses.includes(s))) return t('plans.toolbar.statusOpen');
  if (statuses.length <= 2) return statuses.map((s) => t(`planStatus.${s}`)).join(t('plans.toolbar.listSeparator'));
  return t('plans.toolbar.statusCount', { count: statuses.length });
}

/** Moving through the calendar: view, today, back and forth, and a day to jump to. */
function CalendarNav({ state, title }: Pick<Props, 'state' | 'title'>) {
  const { t } = useTranslation();
  const view = state.view as Exclude<PlansView, 'list'>;
  const go = (direction: 1 | -1) => updatePlansView((s) => ({ date: stepDate(s.date, s.view, direction) }));
  return (
    <>
      <Tooltip title={dayjs().format('YYYY-MM-DD ddd')}>
        <Button onClick={() => updatePlansView(() => ({ date: today() }))} data-testid="plans-today">
          {t('plans.toolbar.today')}
        </Button>
      </Tooltip>
      <Space.Compact>
        <Button icon={<LeftOutlined />} aria-label={t(`plans.toolbar.prev.${view}`)} title={t(`plans.toolbar.prev.${view}`)} onClick={() => go(-1)} data-testid="plans-prev" />
        <Button icon={<RightOutlined />} aria-label={t(`plans.toolbar.next.${view}`)} title={t(`plans.toolbar.next.${view}`)} onClick={() => go(1)} data-testid="plans-next" />
      </Space.Compact>
      <DatePicker
        value={dayjs(state.date)}
        allowClear={false}
        onChange={(d) => d && updatePlansView(() => ({ date: d.format('YYYY-MM-DD') }))}
        aria-label={t('plans.toolbar.jumpTo')}
        className="plans-toolbar__date"
        data-testid="plans-date"
      />
      <h2 className="plans-toolbar__title" data-testid="plans-period">
        {title}
      </h2>
    </>
  );
}

/** The Plans screen's one toolbar: where to look on the left, what to show on the right. */
export function PlansToolbar({ state, title, canCreate, onCreate, tools }: Props) {
  const { t } = useTranslation();
  return (
    <div className="plans-toolbar" data-testid="plans-toolbar">
      <div className="plans-toolbar__group">
        <Segmented<PlansView>
          value={state.view}
          onChange={(view) => updatePlansView(() => ({ view }))}
          options={PLANS_VIEWS.map((v) => ({ value: v, label: <span data-testid={`plans-view-${v}`}>{t(`plans.views.${v}`)}</span> }))}
          aria-label={t('plans.views.label')}
          data-testid="plans-views"
        />
        {state.view === 'list' ? <ListRangeControls list={state.list} /> : <CalendarNav state={state} title={title} />}
      </div>
      <div className="plans-toolbar__group plans-toolbar__group--end">
        <Select<PlanStatus[]>
          mode="multiple"
          value={state.statuses}
          onChange={(statuses) => setPlanFilters({ statuses })}
          options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`planStatus.${s}`) }))}
          placeholder={t('plans.toolbar.statusAll')}
          // One short summary instead of a row of chips that would not fit.
          maxTagCount={0}
          maxTagPlaceholder={() => statusSummary(state.statuses, t)}
          allowClear
          prefix={t('plans.toolbar.status')}
          className="plans-toolbar__status"
          aria-label={t('plans.toolbar.status')}
          data-testid="plans-status"
        />
        <Input
          allowClear
          prefix={<SearchOutlined />}
          value={state.query}
          onChange={(e) => setPlanFilters({ query: e.target.value })}
          placeholder={t('plans.toolbar.search')}
          // Hard cap: a search saves nothing, and main takes no longer query (plans.list), so a cut loses no data.
          maxLength={maxLengthOf(plans.list.input.shape.query)}
          className="plans-toolbar__search"
          data-testid="plans-search"
        />
        {tools}
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="plans-create">
            {t('plans.toolbar.create')}
          </Button>
        )}
      </div>
    </div>
  );
}
