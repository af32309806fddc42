import { BUDGETS, FLOOR_RATIO, type BudgetKind } from './budgets';
import { summarize, type Summary } from './stats';

/** One measured operation: the app's figures beside the raw-SQL floor for the same question. */
export interface OpResult {
  group: string;
  name: string;
  /** Through core.dispatch after sign-in (validation, permission, service, output check). */
  app: Summary | null;
  /** The same calls over the web shell's HTTP (search only). */
  web?: Summary | null;
  /** The best raw SQL for the same question on the same file, in the same run. */
  floor: Summary | null;
  /** Why there is no floor, or what it leaves out. */
  floorNote?: string;
  /** app p50 / floor p50 and app p95 / floor p95. */
  ratio: { p50: number; p95: number } | null;
  checks: Check[];
  /** Why the operation was not measured. */
  skipped?: string;
  /** Anything a reader needs to read the figure right (the slowest keystroke, rows returned...). */
  detail?: Record<string, unknown>;
}

export interface Check {
  what: string;
  limit: number;
  value: number | null;
  pass: boolean | null;
}

export interface OpInput {
  group: string;
  name: string;
  budget: BudgetKind;
  app: number[];
  web?: number[];
  floor?: number[] | null;
  floorNote?: string;
  detail?: Record<string, unknown>;
  /** False where the floor is context, not a bound (a snapshot does far more than copy the file: checks, chunks, encryption, read-back). */
  floorBound?: boolean;
}

function figure(r: Pick<OpResult, 'app' | 'web'>, on: string): number | null {
  const [side, stat] = on.split('.') as ['app' | 'web', 'p50' | 'p95'];
  return r[side]?.[stat] ?? null;
}

/** Summaries, the ratio to the floor and every budget check for one operation. */
export function opResult(input: OpInput): OpResult {
  const app = summarize(input.app);
  const web = input.web ? summarize(input.web) : undefined;
  const floor = input.floor ? summarize(input.floor) : null;
  const ratio = app && floor && floor.p50 > 0 ? { p50: round2(app.p50 / floor.p50), p95: round2(app.p95 / floor.p95) } : null;
  const checks: Check[] = BUDGETS[input.budget].map((b) => {
    const value = figure({ app, web }, b.on);
    return { what: `${b.on} < ${b.limitMs} ms`, limit: b.limitMs, value, pass: value === null ? null : value < b.limitMs };
  });
  if (floor && input.floorBound !== false) checks.push({ what: `app p95 ≤ ${FLOOR_RATIO}× floor p95`, limit: FLOOR_RATIO, value: ratio?.p95 ?? null, pass: ratio ? ratio.p95 <= FLOOR_RATIO : null });
  return {
    group: input.group,
    name: input.name,
    app,
    ...(web !== undefined && { web }),
    floor,
    ...(input.floorNote && { floorNote: input.floorNote }),
    ratio,
    checks,
    ...(input.detail && { detail: input.detail }),
  };
}

export function skipped(group: string, name: string, why: string): OpResult {
  return { group, name, app: null, floor: null, ratio: null, checks: [], skipped: why };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
