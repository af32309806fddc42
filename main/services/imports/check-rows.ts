import { and, eq, isNull } from 'drizzle-orm';
import {
  IMPORT_FIELDS,
  IMPORT_ROW_SCHEMAS,
  REQUIRED_IMPORT_FIELDS,
  type ImportCounts,
  type ImportIssue,
  type ImportRow,
  type ImportSelection,
} from '../../../contract/data-import';
import { clients, planGuests, users } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';
import { findStrongMany, isStrong } from '../people';
import { getPlanRow, refuseClosedPlan } from '../plans';
import type { DataTable } from './import-sessions';

/** A checked row: what the preview shows, plus the parsed values the commit writes. */
export interface CheckedRow extends ImportRow {
  parsed: Record<string, unknown> | null;
}

export interface CheckOutcome {
  rows: CheckedRow[];
  counts: ImportCounts;
  /** The plan a guest list goes onto (target planGuests). */
  plan: { id: string; title: string; guests: number } | null;
}

/** Whether a row would be written: not skipped, and no problem left. */
export const isReady = (r: ImportRow) => !r.skipped && r.issues.length === 0;

function refuseUnmapped(selection: ImportSelection): void {
  const missing = REQUIRED_IMPORT_FIELDS[selection.target].filter((f) => selection.mapping[f] === undefined);
  if (missing.length > 0) {
    throw new AppError('VALIDATION', 'A required column is not mapped.', { reason: 'unmapped', fields: missing.join(',') }, missing.map((f) => ({ path: `mapping.${f}`, message: 'import.unmapped' })));
  }
}

function planOf(db: ReadDb, selection: ImportSelection): CheckOutcome['plan'] {
  if (selection.target !== 'planGuests') return null;
  if (!selection.planId) throw new AppError('VALIDATION', 'A guest list needs its plan.', undefined, [{ path: 'planId', message: 'required' }]);
  const plan = getPlanRow(db, selection.planId);
  // A completed or archived plan is history: its guest list no longer changes (the past-visits guard).
  refuseClosedPlan(plan);
  const guests = db.select({ id: planGuests.id }).from(planGuests).where(and(eq(planGuests.planId, plan.id), isNull(planGuests.deletedAt))).all().length;
  return { id: plan.id, title: plan.title, guests };
}

/** Each row's text per field: the mapped cell, or the user's fix of it. */
function rawValues(table: DataTable, selection: ImportSelection): Record<string, string>[] {
  const fields = IMPORT_FIELDS[selection.target] as readonly string[];
  const values = table.rows.map(({ cells }) => Object.fromEntries(fields.map((f) => [f, cells[selection.mapping[f as keyof typeof selection.mapping] ?? -1]?.trim() ?? ''])));
  for (const edit of selection.edits) {
    const row = values[edit.index];
    if (row && fields.includes(edit.field)) row[edit.field] = edit.value;
  }
  return values;
}

/**
 * Checks every row as the forms would, then finds who each person already is
 * with the desk's own find-before-create (same ID number or phone: reused,
 * never duplicated), and repeats within the file. Runs in the preview and
 * again inside the commit's transaction, on what is stored then.
 */
export function checkRows(ctx: ServiceContext, db: ReadDb, table: DataTable, selection: ImportSelection): CheckOutcome {
  refuseUnmapped(selection);
  const plan = planOf(db, selection);
  const onPlan = new Set(plan ? db.select({ personId: planGuests.personId }).from(planGuests).where(and(eq(planGuests.planId, plan.id), isNull(planGuests.deletedAt))).all().map((g) => g.personId) : []);
  const skip = new Set(selection.skip);
  const schema = IMPORT_ROW_SCHEMAS[selection.target];
  const firstById = new Map<string, number>();
  const firstByPhone = new Map<string, number>();
  const clientsByName = new Map<string, { clientId: string; name: string } | null>();
  const managers = new Map<string, string | null>();
  const isClients = selection.target === 'clients';
  const lookups: { row: CheckedRow; phone: string; idNumber: string; phoneField: string }[] = [];

  const rows = rawValues(table, selection).map((values, index): CheckedRow => {
    const sheetRow = table.rows[index]!.sheetRow;
    const row: CheckedRow = { index, sheetRow, values, issues: [], existing: null, existingClient: null, onPlan: false, skipped: skip.has(index), parsed: null };
    if (row.skipped) return row;
    const result = schema.safeParse(values);
    if (!result.success) {
      row.issues = result.error.issues.map((i): ImportIssue => ({ field: String(i.path[0] ?? ''), message: i.message }));
      return row;
    }
    const parsed = result.data as Record<string, string>;
    row.parsed = parsed;
    const name = isClients ? parsed.contactName! : parsed.name!;
    const phone = isClients ? parsed.contactPhone! : parsed.phone!;
    const idNumber = isClients ? '' : parsed.idNumber!;
    const phoneField = isClients ? 'contactPhone' : 'phone';

    if (isClients) {
      const clientName = parsed.clientName!;
      if (!clientsByName.has(clientName)) {
        const live = db.select({ id: clients.id, name: clients.name }).from(clients).where(and(eq(clients.name, clientName), isNull(clients.deletedAt))).get();
        clientsByName.set(clientName, live ? { clientId: live.id, name: live.name } : null);
        // A new VIP client needs an account manager who is an active user (as the client form): matched by their name.
        if (!live && parsed.tier === 'vip') {
          const manager = parsed.accountManager ? db.select({ id: users.id }).from(users).where(and(eq(users.name, parsed.accountManager), eq(users.active, true))).get() : undefined;
          managers.set(clientName, manager?.id ?? null);
          if (!manager) row.issues.push({ field: 'accountManager', message: 'client.vipManager' });
        }
      }
      row.existingClient = clientsByName.get(clientName) ?? null;
      if (!name && (phone || parsed.contactTitle || parsed.contactEmail)) row.issues.push({ field: 'contactName', message: 'required' });
      if (!name) return row;
    }

    // The same person twice in one file: the first row stands, the later is a problem to fix or skip.
    const idKey = idNumber ? `${parsed.idType}:${idNumber}` : '';
    const sameId = idKey ? firstById.get(idKey) : undefined;
    const samePhone = phone ? firstByPhone.get(phone) : undefined;
    if (sameId !== undefined) row.issues.push({ field: 'idNumber', message: 'import.duplicateInFile', row: sameId });
    else if (samePhone !== undefined) row.issues.push({ field: phoneField, message: 'import.duplicateInFile', row: samePhone });
    if (idKey && sameId === undefined) firstById.set(idKey, sheetRow);
    if (phone && samePhone === undefined) firstByPhone.set(phone, sheetRow);
    if (row.issues.length > 0) return row;

    lookups.push({ row, phone, idNumber, phoneField });
    return row;
  });

  // Who each person already is: the desk's own find-before-create, for every row in one batched pass.
  const matches = findStrongMany(ctx, db, lookups);
  const rowOfPerson = new Map<string, number>();
  lookups.forEach(({ row, idNumber, phoneField }, i) => {
    const strong = matches[i]!.filter(isStrong);
    const byId = strong.find((m) => m.reasons.includes('idNumber'));
    const best = byId ?? strong[0];
    if (best && !byId && idNumber && best.person.idMasked !== null) {
      // The phone is on file for someone with another ID number: not this person, and not a new one either.
      row.issues.push({ field: phoneField, message: 'import.phoneOfAnother' });
      return;
    }
    if (best) {
      // Two rows that are one directory person by different keys (one by phone, one by ID number): still one person.
      const first = rowOfPerson.get(best.person.id);
      if (first !== undefined) {
        row.issues.push({ field: byId ? 'idNumber' : phoneField, message: 'import.duplicateInFile', row: first });
        return;
      }
      rowOfPerson.set(best.person.id, row.sheetRow);
      row.existing = { personId: best.person.id, name: best.person.name, matchedBy: byId ? 'idNumber' : 'phone' };
    }
    row.onPlan = !!best && onPlan.has(best.person.id);
  });
  for (const row of rows) if (row.parsed && isClients) row.parsed.managerId = managers.get(row.parsed.clientName as string) ?? null;

  const counts: ImportCounts = { rows: rows.length, ready: 0, problems: 0, skipped: 0, existing: 0, onPlan: 0 };
  for (const r of rows) {
    if (r.skipped) counts.skipped++;
    else if (r.issues.length > 0) counts.problems++;
    else {
      counts.ready++;
      if (r.existing) counts.existing++;
      if (r.onPlan) counts.onPlan++;
    }
  }
  return { rows, counts, plan };
}
