import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import { MAX_PLAN_GUESTS, type ImportResult } from '../../../contract/data-import';
import type { Permission } from '../../../contract/permissions';
import { people, planGuests } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type WriteTx } from '../../core/write-path';
import { mayCall } from '../../security/roles';
import { insertClient } from '../clients';
import { newPersonRow, type NewPerson } from '../people';
import { checkRows, isReady, type CheckedRow, type CheckOutcome } from './check-rows';
import { importOf, type ImportUpload } from './import-sessions';

/** What an import writes needs the permission the same write by hand needs. */
const WRITES: Record<Parsed<'imports', 'commit'>['target'], Permission> = { planGuests: 'plans.manage', people: 'clients.manage', clients: 'clients.manage' };

/** People per insert statement (about 20 values each, well under SQLite's limit on bound values). */
const INSERT_BATCH = 500;

const EMPTY_PERSON = { company: '', phone: '', title: '', email: '', dietary: '', transport: '', preferences: '', birthday: '', notes: '', idType: 'resident_id', idNumber: '' } as const;

function personOf(row: CheckedRow, target: ImportResult['target']): NewPerson {
  const p = row.parsed as Record<string, string>;
  if (target === 'clients') return { ...EMPTY_PERSON, name: p.contactName!, title: p.contactTitle!, phone: p.contactPhone!, email: p.contactEmail!, company: p.clientName! };
  const base = { name: p.name!, idType: p.idType as NewPerson['idType'], idNumber: p.idNumber!, phone: p.phone!, company: p.company!, title: p.title!, email: p.email! };
  if (target === 'planGuests') return { ...EMPTY_PERSON, ...base };
  return { ...EMPTY_PERSON, ...base, dietary: p.dietary!, transport: p.transportPref!, preferences: p.preferences!, birthday: p.birthday!, notes: p.notes! };
}

function addGuest(tx: WriteTx, planId: string, personId: string, p: Record<string, string>): void {
  const needs = JSON.stringify({ diet: p.diet, transport: p.transport, accessibility: p.accessibility, other: p.other });
  // A guest taken off the list earlier comes back on their old row (plan_guests is unique per plan and person).
  const old = tx.select({ id: planGuests.id }).from(planGuests).where(and(eq(planGuests.planId, planId), eq(planGuests.personId, personId))).get();
  if (old) tx.update(planGuests).set({ needs, isLead: false, deletedAt: null }).where(eq(planGuests.id, old.id)).run();
  else tx.insert(planGuests).values({ id: uuidv7(), ...insertStamps(tx), planId, personId, isLead: false, needs }).run();
}

/** Writes the ready rows; the outcome was checked inside this same transaction. */
function write(ctx: ServiceContext, tx: WriteTx, outcome: CheckOutcome, target: ImportResult['target']): ImportResult {
  const result: ImportResult = { target, rows: outcome.counts.rows, peopleCreated: 0, peopleReused: 0, guestsAdded: 0, clientsCreated: 0, skipped: 0 };
  const madeClients = new Map<string, { id: string; name: string }>();
  const newPeople: ReturnType<typeof newPersonRow>[] = [];
  const guests: { personId: string; p: Record<string, string> }[] = [];
  for (const row of outcome.rows) {
    if (!isReady(row)) {
      result.skipped++;
      continue;
    }
    const p = row.parsed as Record<string, string>;
    let client: { id: string; name: string } | null = null;
    if (target === 'clients') {
      client = row.existingClient ? { id: row.existingClient.clientId, name: row.existingClient.name } : (madeClients.get(p.clientName!) ?? null);
      if (!client) {
        const tags = p.tags as unknown as string[];
        const id = insertClient(tx, { name: p.clientName!, industry: p.industry!, tier: p.tier as 'vip' | 'key' | 'normal', accountManager: p.accountManager!, accountManagerUserId: p.managerId ?? null, background: p.background!, tags });
        client = { id, name: p.clientName! };
        madeClients.set(client.name, client);
        result.clientsCreated++;
      }
      if (!p.contactName) continue;
    }
    let personId = row.existing?.personId;
    if (personId) result.peopleReused++;
    else {
      const person = newPersonRow(ctx, tx, personOf(row, target), client);
      newPeople.push(person);
      personId = person.id;
      result.peopleCreated++;
    }
    if (target === 'planGuests' && !row.onPlan) guests.push({ personId, p });
  }
  // Many rows per statement: a 50 000-row directory is a hundred inserts, not fifty thousand.
  for (let at = 0; at < newPeople.length; at += INSERT_BATCH) tx.insert(people).values(newPeople.slice(at, at + INSERT_BATCH)).run();
  for (const g of guests) {
    addGuest(tx, outcome.plan!.id, g.personId, g.p);
    result.guestsAdded++;
  }
  return result;
}

/**
 * All or nothing, in ONE write with its audit entry: every row is checked
 * again inside the transaction against what is stored now (the preview is
 * never trusted), a row not skipped that still has a problem refuses the
 * whole import, and a person found in the directory is reused.
 */
export function commitImport(ctx: ServiceContext, input: Parsed<'imports', 'commit'>): Output<'imports', 'commit'> {
  if (!mayCall(ctx.session, WRITES[input.target])) throw new AppError('FORBIDDEN', 'Not allowed to write these records.', { permission: WRITES[input.target] });
  const upload: ImportUpload = importOf(ctx, input.importId);
  if (!upload.table) throw new AppError('VALIDATION', 'The file has not been read yet.', { reason: 'notOpened' }, [{ path: 'file', message: 'import.incomplete' }]);
  const table = upload.table;
  const outcome = ctx.write(
    (tx) => {
      const checked = checkRows(ctx, tx, table, input);
      if (checked.counts.problems > 0 && !input.skipProblems) {
        throw new AppError('VALIDATION', 'Some rows still have problems.', { reason: 'rowsWithProblems', problems: checked.counts.problems }, [{ path: 'rows', message: 'import.rowsWithProblems' }]);
      }
      if (checked.counts.ready === 0) throw new AppError('VALIDATION', 'No row to import.', { reason: 'nothingToImport' }, [{ path: 'rows', message: 'import.nothingReady' }]);
      if (checked.plan) {
        const adding = checked.rows.filter((r) => isReady(r) && !r.onPlan).length;
        if (checked.plan.guests + adding > MAX_PLAN_GUESTS) {
          throw new AppError('VALIDATION', 'Too many guests for one plan.', { reason: 'tooManyGuests', max: MAX_PLAN_GUESTS }, [{ path: 'rows', message: 'import.tooManyGuests' }]);
        }
      }
      return { checked, result: write(ctx, tx, checked, input.target) };
    },
    ({ checked, result }) => ({
      action: 'data.import',
      entity: checked.plan ? 'plan' : 'import',
      entityId: checked.plan?.id ?? null,
      detail: {
        importTarget: input.target,
        fileName: upload.fileName,
        fileHash: upload.hash,
        ...(checked.plan && { title: checked.plan.title }),
        rows: result.rows,
        peopleCreated: result.peopleCreated,
        peopleReused: result.peopleReused,
        guestsAdded: result.guestsAdded,
        clientsCreated: result.clientsCreated,
        skippedRows: result.skipped,
        editedCells: input.edits.length,
      },
    }),
  );
  return outcome.result;
}
