import { and, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { IncidentCategory, IncidentDetail, IncidentRules, IncidentSource, IncidentTier, TierRule } from '../../../contract/incidents';
import type { Parsed } from '../../../contract';
import { clients, incidents, people, visitPlans, visits } from '../../../db/schema';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { deadlineAfter } from '../../core/working-time';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';
import { actorOf, addEvent } from './events';
import { activeUser, involve } from './people';
import { incidentDetailOf } from './rows';
import { readIncidentRules, tierRuleOf } from './rules';

/** What another domain gives to open an incident inside its own write (feedback's red alert); omitted fields take the record channel's defaults. */
export interface RaiseInput {
  category: IncidentCategory;
  tier: IncidentTier;
  title: string;
  source: IncidentSource;
  description?: string;
  personId?: string | null;
  visitId?: string | null;
  planId?: string | null;
  clientId?: string | null;
  contactName?: string;
  contactPhone?: string;
  ownerUserId?: string | null;
  feedbackResponseId?: string | null;
}

export interface Owner {
  userId: string | null;
  name: string;
  role: TierRule['ownerRole'];
}

/** Who owns work of a tier: its named user while active, else the queue of its role. */
export function tierOwner(db: ReadDb, rule: TierRule): Owner {
  const user = rule.ownerUserId ? activeUser(db, rule.ownerUserId) : null;
  return { userId: user?.id ?? null, name: user?.name ?? '', role: rule.ownerRole };
}

export function deadlineOf(rules: IncidentRules, tier: IncidentTier, from: string): string {
  return deadlineAfter(from, tierRuleOf(rules, tier).limit, rules.workDay);
}

/** `IN-YYMMDD-NNN`: the next number of the day it was received (read through the unique code index). */
function nextCode(tx: ReadDb, receivedMinute: string): string {
  const prefix = `IN-${receivedMinute.slice(2, 4)}${receivedMinute.slice(5, 7)}${receivedMinute.slice(8, 10)}-`;
  // Past 999 a day the number grows a digit: the longest code is the newest.
  const last = tx
    .select({ code: incidents.code })
    .from(incidents)
    .where(and(gte(incidents.code, prefix), lt(incidents.code, `${prefix}~`)))
    .orderBy(desc(sql`length(${incidents.code})`), desc(incidents.code))
    .limit(1)
    .get();
  const n = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(3, '0')}`;
}

function notFound(path: string, what: string): AppError {
  // The client has its own words (client.notFound); the others read as the code's "no such record".
  return new AppError('NOT_FOUND', `No such ${what}.`, { reason: `${what}NotFound` }, what === 'client' ? [{ path, message: 'client.notFound' }] : undefined);
}

interface Links {
  personId: string | null;
  visitId: string | null;
  planId: string | null;
  clientId: string | null;
}

/** Every link must exist; a visit brings its person and plan, a plan its client, a person their organization, when not given. */
function resolveLinks(tx: ReadDb, input: RaiseInput): Links {
  const links: Links = { personId: input.personId ?? null, visitId: input.visitId ?? null, planId: input.planId ?? null, clientId: input.clientId ?? null };
  if (links.visitId) {
    const visit = tx.select({ personId: visits.personId, planId: visits.planId }).from(visits).where(eq(visits.id, links.visitId)).get();
    if (!visit) throw notFound('visitId', 'visit');
    links.personId ??= visit.personId;
    links.planId ??= visit.planId;
  }
  if (links.planId) {
    const plan = tx.select({ clientId: visitPlans.clientId }).from(visitPlans).where(and(eq(visitPlans.id, links.planId), isNull(visitPlans.deletedAt))).get();
    if (!plan) throw notFound('planId', 'plan');
    links.clientId ??= plan.clientId;
  }
  if (links.personId) {
    const person = tx.select({ clientId: people.clientId }).from(people).where(and(eq(people.id, links.personId), isNull(people.deletedAt))).get();
    if (!person) throw notFound('personId', 'person');
    links.clientId ??= person.clientId;
  }
  if (links.clientId) {
    const client = tx.select({ id: clients.id }).from(clients).where(and(eq(clients.id, links.clientId), isNull(clients.deletedAt))).get();
    if (!client) throw notFound('clientId', 'client');
  }
  return links;
}

/**
 * Opens an incident inside the caller's write (its transaction and its one
 * audit entry): the tier's owner and time limit from the rules, dispatched at
 * once when someone is named. Feedback's red alert calls this from its own
 * submit; the record channel wraps it in a write of its own.
 */
export function raiseIncident(tx: WriteTx, ctx: ServiceContext, input: RaiseInput): { id: string; code: string } {
  const rules = readIncidentRules(tx);
  const rule = tierRuleOf(rules, input.tier);
  const links = resolveLinks(tx, input);
  let owner = tierOwner(tx, rule);
  if (input.ownerUserId) {
    const user = activeUser(tx, input.ownerUserId);
    if (!user) throw new AppError('VALIDATION', 'The owner is not an active user.', undefined, [{ path: 'ownerUserId', message: 'user.inactive' }]);
    owner = { userId: user.id, name: user.name, role: rule.ownerRole };
  }
  const actor = actorOf(ctx);
  const received = localMinute(ctx.now());
  const id = uuidv7();
  const code = nextCode(tx, received);
  const status = owner.userId ? 'dispatched' : 'received';
  tx.insert(incidents)
    .values({
      id,
      ...insertStamps(tx),
      code,
      category: input.category,
      tier: input.tier,
      status,
      source: input.source,
      title: input.title,
      description: input.description ?? '',
      ...links,
      contactName: input.contactName ?? '',
      contactPhone: input.contactPhone ?? '',
      feedbackResponseId: input.feedbackResponseId ?? null,
      ownerUserId: owner.userId,
      ownerRole: owner.role,
      ownerName: owner.name,
      reporterId: actor.id,
      reporterName: actor.name,
      involvedIds: involve('[]', actor.id, owner.userId),
      receivedAt: received,
      limitFrom: received,
      deadlineAt: deadlineAfter(received, rule.limit, rules.workDay),
    })
    .run();
  addEvent(tx, id, 'status', actor, 'received');
  if (owner.userId) addEvent(tx, id, 'assigned', actor, owner.name);
  return { id, code };
}

export function recordIncident(ctx: ServiceContext, input: Parsed<'incidents', 'record'>): IncidentDetail {
  return ctx.write(
    (tx) => {
      const { id } = raiseIncident(tx, ctx, input);
      return incidentDetailOf(tx, id, ctx.session, localMinute(ctx.now()));
    },
    (i) => ({
      action: 'incident.record',
      entity: 'incident',
      entityId: i.id,
      detail: { code: i.code, title: i.title, incidentCategory: i.category, incidentTier: i.tier, ownerName: i.ownerName, deadlineAt: i.deadlineAt },
    }),
  );
}
