import { sql, type SQL } from 'drizzle-orm';
import type { Department, LocalText } from '../../../contract/checklists';
import type { ChecklistJob, HandoffJob, PrintedItem } from '../../../contract/print';
import { RECEIVING_PLAN_STATUSES, type PlanDetail } from '../../../contract/plans';
import { daySpan } from '../../../contract/time-spans';
import type { ReadDb } from '../../core/write-path';
import { greeterOf, headcountOf, type DocumentBase } from './plan-documents';

/** An item as it goes on paper, with the list and plan it belongs to. */
interface ItemRow {
  id: string;
  planId: string;
  planTitle: string;
  clientName: string | null;
  arrivalAt: string | null;
  listId: string;
  listName: string;
  section: string;
  text: string;
  required: number;
  department: Department;
  assigneeName: string;
  dueAt: string | null;
  status: PrintedItem['status'];
  note: string;
}

/**
 * Items on live lists, in the order the lists and their items are kept
 * (plan, list position, item position); `where` narrows by the plan
 * (checklist_items_plan) or the due day (checklist_items_due).
 */
function itemRows(db: ReadDb, where: SQL): ItemRow[] {
  return db.all<ItemRow>(sql`
    SELECT i.id, i.plan_id AS planId, p.title AS planTitle, c.name AS clientName, p.arrival_at AS arrivalAt,
      l.id AS listId, l.name AS listName, i.section, i.text, i.required, i.department,
      i.assignee_name AS assigneeName, i.due_at AS dueAt, i.status, i.note
    FROM checklist_items i
      JOIN plan_checklists l ON l.id = i.checklist_id
      JOIN visit_plans p ON p.id = i.plan_id
      LEFT JOIN clients c ON c.id = p.client_id
    WHERE i.deleted_at IS NULL AND l.deleted_at IS NULL AND p.deleted_at IS NULL AND (${where})
    ORDER BY p.arrival_at, p.id, l.position, l.id, i.position, i.id`);
}

const json = (text: string) => JSON.parse(text) as LocalText;

function printed(row: ItemRow): PrintedItem {
  return {
    section: json(row.section),
    text: json(row.text),
    required: row.required === 1,
    department: row.department,
    assigneeName: row.assigneeName,
    dueAt: row.dueAt,
    status: row.status,
    note: row.note,
  };
}

function byList(rows: ItemRow[]): ChecklistJob['lists'] {
  const lists = new Map<string, ChecklistJob['lists'][number]>();
  for (const row of rows) {
    const list = lists.get(row.listId) ?? {
      planTitle: row.planTitle,
      clientName: row.clientName,
      arrivalAt: row.arrivalAt,
      listName: json(row.listName),
      items: [],
    };
    list.items.push(printed(row));
    lists.set(row.listId, list);
  }
  return [...lists.values()];
}

const ofDepartment = (department: Department | undefined) => (department ? sql`i.department = ${department}` : sql`1`);

/** One plan's lists as they stand (ticked ones marked), optionally one department's items. */
export function planChecklistSheet(db: ReadDb, planId: string, department: Department | undefined, base: DocumentBase): ChecklistJob {
  const rows = itemRows(db, sql`i.plan_id = ${planId} AND ${ofDepartment(department)}`);
  return { kind: 'checklist', ...base, day: null, department: department ?? null, lists: byList(rows) };
}

/**
 * One day's walk-through: the items still open (or a problem) that are due
 * that day, on the visits the desk is receiving, optionally one department's.
 */
export function dayChecklistSheet(db: ReadDb, day: string, department: Department | undefined, base: DocumentBase): ChecklistJob {
  const span = daySpan(day);
  const receiving = sql.join(RECEIVING_PLAN_STATUSES.map((s) => sql`${s}`), sql`, `);
  const rows = itemRows(
    db,
    sql`i.due_at >= ${span.startsAt} AND i.due_at < ${span.endsAt} AND i.status IN ('open', 'problem') AND p.status IN (${receiving}) AND ${ofDepartment(department)}`,
  );
  return { kind: 'checklist', ...base, day, department: department ?? null, lists: byList(rows) };
}

/** The hand-off sheet's items: one department's on one plan, with their ids (printing marks them handed off). */
export function handoffItems(db: ReadDb, planId: string, department: Department): { ids: string[]; items: PrintedItem[] } {
  const rows = itemRows(db, sql`i.plan_id = ${planId} AND i.department = ${department}`);
  return { ids: rows.map((r) => r.id), items: rows.map(printed) };
}

/**
 * A department's hand-off sheet (DIGEST 05): the visit, its items, and who at
 * the desk takes the sheet back: the greeter, or whoever prints it.
 */
export function handoffSheet(plan: PlanDetail, department: Department, items: PrintedItem[], operatorName: string, base: DocumentBase): HandoffJob {
  const greeter = greeterOf(plan);
  return {
    kind: 'handoff',
    ...base,
    department,
    visit: { title: plan.title, clientName: plan.clientName, arrivalAt: plan.arrivalAt, departureAt: plan.departureAt, headcount: headcountOf(plan) },
    contact: greeter ? { name: greeter.primaryName, phone: greeter.primaryPhone } : { name: operatorName, phone: '' },
    items,
  };
}
