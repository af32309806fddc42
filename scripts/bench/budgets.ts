/**
 * The budgets (issue 11, item 5), stated for 2M visits and 400k
 * visitors on a 2-core machine. Every operation with a floor must also stay
 * within FLOOR_RATIO of it.
 */
export const FLOOR_RATIO = 2;

export interface Budget {
  /** Which figure is held to the limit. */
  on: 'app.p95' | 'web.p95';
  limitMs: number;
}

export const BUDGETS = {
  search: [
    { on: 'app.p95', limitMs: 5 },
    { on: 'web.p95', limitMs: 16 },
  ],
  deskList: [{ on: 'app.p95', limitMs: 10 }],
  checkIn: [{ on: 'app.p95', limitMs: 5 }],
  badgePdf: [{ on: 'app.p95', limitMs: 300 }],
  coldStart: [{ on: 'app.p95', limitMs: 200 }],
  firstScreen: [{ on: 'app.p95', limitMs: 1500 }],
  /** Issue 16: each chart of the reports screen on a year of a busy desk, and on ten years. */
  reportYear: [{ on: 'app.p95', limitMs: 200 }],
  reportAll: [{ on: 'app.p95', limitMs: 1000 }],
  none: [],
} as const satisfies Record<string, readonly Budget[]>;

export type BudgetKind = keyof typeof BUDGETS;
