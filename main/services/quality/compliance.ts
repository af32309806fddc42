import { sql } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { LocalText } from '../../../contract/checklists';
import { COMPLIANCE_PERIODS, type ComplianceRow } from '../../../contract/quality';
import { daySpan } from '../../../contract/time-spans';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';

type Period = (typeof COMPLIANCE_PERIODS)[number];
type Input = Parsed<'quality', 'compliance'>;

interface DueItem {
  dueAt: string;
  status: 'open' | 'done' | 'na' | 'problem';
  statusAt: string | null;
  department: string;
  person: string;
  templateId: string | null;
  listName: string;
  templateName: string | null;
}

type Verdict = 'onTime' | 'late' | 'missed' | 'notApplicable' | 'pending';

/**
 * Items due in the range (checklist_items_due), on plans that went ahead: a
 * cancelled visit's lists were never meant to be done. Lists or items taken
 * off a plan do not count.
 */
function itemsDue(db: ReadDb, from: string, to: string): DueItem[] {
  return db.all<DueItem>(sql`
    SELECT i.due_at AS dueAt, i.status, i.status_at AS statusAt, i.department,
      CASE WHEN i.status = 'open' AND i.assignee_name <> '' THEN i.assignee_name
        WHEN i.status_by_name <> '' THEN i.status_by_name ELSE i.assignee_name END AS person,
      l.template_id AS templateId, l.name AS listName, t.name AS templateName
    FROM checklist_items i
      JOIN plan_checklists l ON l.id = i.checklist_id
      JOIN visit_plans p ON p.id = i.plan_id
      LEFT JOIN checklist_templates t ON t.id = l.template_id
    WHERE i.due_at >= ${daySpan(from).startsAt} AND i.due_at < ${daySpan(to).endsAt}
      AND i.deleted_at IS NULL AND l.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status NOT IN ('draft', 'cancelled')`);
}

/** When an item was ticked, as local time to the minute (stored as an instant; a local time is taken as written). */
function tickedAt(statusAt: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(statusAt) ? statusAt : localMinute(new Date(statusAt));
}

/**
 * On time: done by its due time; late: done after it; missed: still open (or
 * a problem) once its due time has passed. An open item not yet due is not
 * judged yet, and not-applicable ones are counted apart.
 */
export function verdict(item: Pick<DueItem, 'dueAt' | 'status' | 'statusAt'>, now: string): Verdict {
  if (item.status === 'na') return 'notApplicable';
  if (item.status === 'done') return item.statusAt && tickedAt(item.statusAt) > item.dueAt ? 'late' : 'onTime';
  return item.dueAt < now ? 'missed' : 'pending';
}

/** The first day of the item's day, week (Monday) or month. */
function periodStart(dueAt: string, period: Period): string {
  const day = dueAt.slice(0, 10);
  if (period === 'day') return day;
  if (period === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const plain = (key: string): LocalText => ({ zh: key, en: key });

function groupOf(item: DueItem, input: Input): { key: string; label: LocalText } {
  switch (input.by) {
    case 'period': {
      const start = periodStart(item.dueAt, input.period);
      return { key: start, label: plain(start) };
    }
    case 'department':
      return { key: item.department, label: plain(item.department) };
    case 'person':
      return { key: item.person, label: plain(item.person) };
    case 'checklist': {
      // A list made by hand has no template: it is its own group, by its name.
      const name = JSON.parse(item.templateName ?? item.listName) as LocalText;
      return { key: item.templateId ?? `list:${name.zh}`, label: name };
    }
  }
}

function emptyRow(key: string, label: LocalText): ComplianceRow {
  return { key, label, due: 0, onTime: 0, late: 0, missed: 0, notApplicable: 0, rate: null };
}

function add(row: ComplianceRow, v: Verdict): void {
  if (v === 'pending') return;
  row[v]++;
  if (v !== 'notApplicable') row.due++;
}

/** onTime / due as a percentage to one decimal; null when nothing was due. */
function withRate(row: ComplianceRow): ComplianceRow {
  return { ...row, rate: row.due === 0 ? null : Math.round((row.onTime / row.due) * 1000) / 10 };
}

function inspectionsIn(db: ReadDb, from: string, to: string): { count: number; averageScore: number | null } {
  const r = db.get<{ n: number; avg: number | null }>(sql`
    SELECT count(*) AS n, avg(score) AS avg FROM inspections
    WHERE inspected_at >= ${daySpan(from).startsAt} AND inspected_at < ${daySpan(to).endsAt} AND deleted_at IS NULL`)!;
  return { count: r.n, averageScore: r.avg === null ? null : Math.round(r.avg * 10) / 10 };
}

/**
 * Compliance (DIGEST 06): how many items due in the range were done on time,
 * by period, checklist template, department or person; and the inspections'
 * average score over the same days.
 */
export function compliance(ctx: ServiceContext, input: Input): Output<'quality', 'compliance'> {
  const now = localMinute(ctx.now());
  const groups = new Map<string, ComplianceRow>();
  const total = emptyRow('', plain(''));
  for (const item of itemsDue(ctx.db, input.from, input.to)) {
    const v = verdict(item, now);
    if (v === 'pending') continue;
    const g = groupOf(item, input);
    const row = groups.get(g.key) ?? emptyRow(g.key, g.label);
    groups.set(g.key, row);
    add(row, v);
    add(total, v);
  }
  const rows = [...groups.values()].map(withRate);
  rows.sort(input.by === 'period' ? (a, b) => a.key.localeCompare(b.key) : (a, b) => b.due - a.due || a.key.localeCompare(b.key));
  return { rows, total: withRate(total), inspections: inspectionsIn(ctx.db, input.from, input.to) };
}
