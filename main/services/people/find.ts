import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { MatchReason, PersonMatch } from '../../../contract/clients';
import { people } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { nameKeys } from '../../search/pinyin';
import { idIndexes } from './id-numbers';
import { selectPersonSummaries } from './person-rows';
import type { ReadDb } from '../../core/write-path';

export interface FindCriteria {
  name?: string | undefined;
  phone?: string | undefined;
  /** Normalized. */
  idNumber?: string | undefined;
}

/** An ID number is the person; a phone nearly so; a name (or a name that sounds the same) only hints. */
const WEIGHTS = { idNumber: 100, phone: 60, nameExact: 30, nameSound: 20 } as const;
const ORDER: MatchReason[] = ['idNumber', 'phone', 'name'];
const MAX_MATCHES = 10;

/** A match that should stop a new record unless the user confirms: same ID number or same phone. */
export function isStrong(match: PersonMatch): boolean {
  return match.reasons.includes('idNumber') || match.reasons.includes('phone');
}

/**
 * Live records this person may already have, best first: by ID blind index
 * (never plaintext), by exact phone, by exact name or the same full pinyin.
 */
export function findPeople(ctx: ServiceContext, db: ReadDb, criteria: FindCriteria, excludeId?: string): PersonMatch[] {
  const idx = criteria.idNumber ? idIndexes(ctx, criteria.idNumber) : [];
  const phone = criteria.phone ?? '';
  const name = criteria.name?.trim() ?? '';
  const sound = name ? nameKeys(name).full : '';
  const conditions: SQL[] = [];
  if (idx.length > 0) conditions.push(inArray(people.idNumberIndex, idx));
  if (phone) conditions.push(eq(people.phone, phone));
  if (name) conditions.push(eq(people.name, name));
  if (sound) conditions.push(eq(people.namePinyin, sound));
  if (conditions.length === 0) return [];
  const rows = db
    .select({ id: people.id, name: people.name, phone: people.phone, namePinyin: people.namePinyin, idNumberIndex: people.idNumberIndex })
    .from(people)
    .where(and(isNull(people.deletedAt), or(...conditions), excludeId ? sql`${people.id} <> ${excludeId}` : undefined))
    .all();

  const scored = rows.map((r) => {
    const reasons = new Set<MatchReason>();
    let score = 0;
    const add = (reason: MatchReason, weight: number) => {
      reasons.add(reason);
      score += weight;
    };
    if (r.idNumberIndex && idx.includes(r.idNumberIndex)) add('idNumber', WEIGHTS.idNumber);
    if (phone && r.phone === phone) add('phone', WEIGHTS.phone);
    if (name && r.name === name) add('name', WEIGHTS.nameExact);
    else if (sound && r.namePinyin === sound) add('name', WEIGHTS.nameSound);
    const ordered = ORDER.filter((m) => reasons.has(m));
    return { id: r.id, reasons: ordered, score: Math.min(100, score) };
  });
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const top = scored.slice(0, MAX_MATCHES);
  if (top.length === 0) return [];
  const byId = new Map(selectPersonSummaries(db, inArray(sql`v.id`, top.map((t) => t.id))).map((p) => [p.id, p]));
  return top.map((t) => ({ person: byId.get(t.id)!, matchedBy: t.reasons[0]!, reasons: t.reasons, score: t.score }));
}
