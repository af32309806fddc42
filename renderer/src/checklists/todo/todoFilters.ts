import type { DEPARTMENTS, DUE_FILTERS } from '../../../../contract/checklists';

export type DueFilter = (typeof DUE_FILTERS)[number];
export type Department = (typeof DEPARTMENTS)[number];

/** What the to-do list shows; sent as it is to checklists.items (absent = no filter). */
export interface TodoFilters {
  planId?: string;
  department?: Department;
  mine: boolean;
  assigneeName?: string;
  due: DueFilter;
  /** Local days, `YYYY-MM-DD`; absent = from today on (main's default). */
  from?: string;
  to?: string;
}

export const INITIAL_FILTERS: TodoFilters = { mine: false, due: 'open' };
