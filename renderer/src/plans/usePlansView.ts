import dayjs from 'dayjs';
import { useSyncExternalStore } from 'react';
import type { PlanStatus } from '../../../contract/plans';

export type PlansView = 'day' | 'week' | 'month' | 'list';
export const PLANS_VIEWS: readonly PlansView[] = ['day', 'week', 'month', 'list'];

/** Cancelled and archived plans are history: hidden until asked for. */
export const DEFAULT_STATUSES: PlanStatus[] = ['draft', 'confirmed', 'in_progress', 'completed'];

export const LIST_PAGE_SIZES = [20, 50, 100];

/** What the list view shows: a day range (either end open) or only the plans with no arrival time. */
export interface ListState {
  from: string | null;
  to: string | null;
  unscheduled: boolean;
  page: number;
  pageSize: number;
  /** Latest arrival first. */
  desc: boolean;
}

export interface PlansViewState {
  view: PlansView;
  /** The day the calendar is at, `YYYY-MM-DD`. */
  date: string;
  /** Empty means every status. */
  statuses: PlanStatus[];
  query: string;
  list: ListState;
}

export const today = (): string => dayjs().format('YYYY-MM-DD');

function initialState(): PlansViewState {
  return {
    view: 'week',
    date: today(),
    statuses: DEFAULT_STATUSES,
    query: '',
    // Upcoming and ongoing visits first; history is one clear of the start date away.
    list: { from: today(), to: null, unscheduled: false, page: 1, pageSize: LIST_PAGE_SIZES[0]!, desc: false },
  };
}

/*
 * Kept outside React on purpose: the Plans screen unmounts while a plan's
 * editor is open, and coming back must land on the same view, day and filters.
 * It lives as long as the window, no longer.
 */
let state: PlansViewState | null = null;
const listeners = new Set<() => void>();

function current(): PlansViewState {
  state ??= initialState();
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updatePlansView(change: (s: PlansViewState) => Partial<PlansViewState>): void {
  const before = current();
  const patch = change(before);
  if (Object.entries(patch).every(([k, v]) => before[k as keyof PlansViewState] === v)) return;
  state = { ...before, ...patch };
  for (const listener of listeners) listener();
}

/** Changes the list's own settings; any change but paging goes back to page 1. */
export function updateListState(patch: Partial<ListState>): void {
  updatePlansView((s) => ({ list: { ...s.list, page: 1, ...patch } }));
}

/** Filters apply to every view; changing one sends the list back to its first page. */
export function setPlanFilters(patch: Partial<Pick<PlansViewState, 'statuses' | 'query'>>): void {
  updatePlansView((s) => ({ ...patch, list: { ...s.list, page: 1 } }));
}

export function usePlansView(): PlansViewState {
  return useSyncExternalStore(subscribe, current);
}
