import { v7 as uuidv7 } from 'uuid';
import type { TestCore } from './test-core';

/*
 * Known data for the quality tests: plans made through the real channels,
 * their status set in the database (so no template is copied onto them on
 * confirmation: the checklists are exactly the rows inserted here).
 */

type Sqlite = TestCore['sqlite'];
const STAMP = '2026-12-01T00:00:00.000Z';
const sync = () => ({ id: uuidv7(), created_at: STAMP, updated_at: STAMP, device_id: 'test-device' });

function insert(sqlite: Sqlite, table: string, row: Record<string, unknown>): string {
  const full = { ...sync(), ...row };
  const cols = Object.keys(full);
  sqlite.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(full);
  return full.id as string;
}

const text = (zh: string, en = '') => JSON.stringify({ zh, en });

export interface TemplateSeed {
  id: string;
  itemIds: string[];
}

/** A template row with one section per entry of `sections` (item texts in Chinese and English). */
export function insertTemplate(sqlite: Sqlite, o: { name: string; kind: string; sections: { title: string; items: string[] }[] }): TemplateSeed {
  const itemIds: string[] = [];
  const sections = o.sections.map((s) => ({
    id: uuidv7(),
    title: { zh: s.title, en: `${s.title} (en)` },
    items: s.items.map((t) => {
      const id = uuidv7();
      itemIds.push(id);
      return { id, text: { zh: t, en: `${t} (en)` }, required: true, department: 'reception', role: null, due: { anchor: 'arrival', offsetMinutes: 0 }, check: null };
    }),
  }));
  const id = insert(sqlite, 'checklist_templates', { name: text(o.name, `${o.name} (en)`), kind: o.kind, sections: JSON.stringify(sections) });
  return { id, itemIds };
}

export function insertList(sqlite: Sqlite, o: { planId: string; templateId: string | null; name: string; kind?: string; position?: number }): string {
  return insert(sqlite, 'plan_checklists', { plan_id: o.planId, template_id: o.templateId, name: text(o.name, `${o.name} (en)`), kind: o.kind ?? 'preparation', position: o.position ?? 0 });
}

export interface ItemSeed {
  listId: string;
  planId: string;
  text: string;
  section?: string;
  dueAt: string | null;
  status?: 'open' | 'done' | 'na' | 'problem';
  /** Local `YYYY-MM-DDTHH:mm`; stored as the instant it is, as the checklists service stores it. */
  tickedAt?: string;
  by?: string;
  assignee?: string;
  department?: string;
  required?: boolean;
  check?: 'feedbackRequest' | 'callBack' | 'filing' | null;
  note?: string;
  position?: number;
  deleted?: boolean;
}

export function insertItem(sqlite: Sqlite, o: ItemSeed): string {
  return insert(sqlite, 'checklist_items', {
    checklist_id: o.listId,
    plan_id: o.planId,
    section: text(o.section ?? '准备', 'Preparation'),
    text: text(o.text, `${o.text} (en)`),
    position: o.position ?? 0,
    required: o.required === false ? 0 : 1,
    department: o.department ?? 'reception',
    assignee_name: o.assignee ?? '',
    due_anchor: 'arrival',
    due_offset_minutes: 0,
    due_at: o.dueAt,
    item_check: o.check ?? null,
    status: o.status ?? 'open',
    status_by_name: o.by ?? '',
    status_at: o.tickedAt ? new Date(`${o.tickedAt}:00`).toISOString() : null,
    note: o.note ?? '',
    deleted_at: o.deleted ? STAMP : null,
  });
}

/** Moves a plan to a status without the workflow (and without what confirming does). */
export function setPlanStatus(sqlite: Sqlite, planId: string, status: string): void {
  sqlite.prepare('UPDATE visit_plans SET status = ? WHERE id = ?').run(status, planId);
}

export interface PlanSeed {
  title: string;
  status: string;
  arrivalAt?: string | null;
  departureAt?: string | null;
  purpose?: string;
  /** Guests by name, with a phone or '' for none; the first is the lead unless `noLead`. */
  guests?: { name: string; phone: string }[];
  noLead?: boolean;
  greeter?: string;
}

/** A plan made through the channels: its guests, its greeter, then its status. */
export async function seedPlan(core: TestCore, o: PlanSeed): Promise<string> {
  const plan = await core.call<{ id: string }>('plans.create', {
    title: o.title,
    level: 'normal',
    arrivalAt: o.arrivalAt ?? null,
    departureAt: o.departureAt ?? null,
    purpose: o.purpose ?? '',
    expectedHeadcount: Math.max(1, o.guests?.length ?? 1),
  });
  if (o.guests?.length) {
    const people = [];
    for (const g of o.guests) people.push(await core.call<{ id: string }>('people.create', { name: g.name, phone: g.phone, confirmNew: true }));
    await core.call('plans.setGuests', { planId: plan.id, guests: people.map((p, i) => ({ personId: p.id, isLead: i === 0 && !o.noLead })) });
  }
  if (o.greeter) {
    await core.call('plans.setTeam', {
      planId: plan.id,
      members: [{ role: 'greeter', customLabel: '', primaryName: o.greeter, primaryPhone: '13812345678', backupName: '', backupPhone: '' }],
    });
  }
  setPlanStatus(core.sqlite, plan.id, o.status);
  return plan.id;
}
