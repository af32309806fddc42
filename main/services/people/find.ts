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

const BATCH = 500;

/**
 * The strong half of `findPeople` (what `people.create` asks before it makes a
 * record: same ID number or same phone), for many people at once — an import's
 * rows — with the same reasons, scores and order, in one indexed query per
 * BATCH keys instead of one query per row.
 */
export function findStrongMany(ctx: ServiceContext, db: ReadDb, list: { phone: string; idNumber: string }[]): PersonMatch[][] {
  const idxOf = list.map((c) => (c.idNumber ? idIndexes(ctx, c.idNumber) : []));
  type Hit = { id: string; phone: string; idNumberIndex: string | null };
  const byIndex = new Map<string, Hit[]>();
  const byPhone = new Map<string, Hit[]>();
  const fetch = (column: typeof people.phone | typeof people.idNumberIndex, keys: string[], into: Map<string, Hit[]>, keyOf: (h: Hit) => string | null) => {
    const unique = [...new Set(keys)];
    for (let at = 0; at < unique.length; at += BATCH) {
      const rows = db
        .select({ id: people.id, phone: people.phone, idNumberIndex: people.idNumberIndex })
        .from(people)
        .where(and(isNull(people.deletedAt), inArray(column, unique.slice(at, at + BATCH))))
        .all();
      for (const r of rows) {
        const key = keyOf(r);
        if (key) into.set(key, [...(into.get(key) ?? []), r]);
      }
    }
  };
  fetch(people.idNumberIndex, idxOf.flat(), byIndex, (h) => h.idNumberIndex);
  fetch(people.phone, list.map((c) => c.phone).filter(Boolean), byPhone, (h) => h.phone);

  const scored = list.map((c, i) => {
    const idx = idxOf[i]!;
    const hits = new Map<string, Hit>();
    for (const k of idx) for (const h of byIndex.get(k) ?? []) hits.set(h.id, h);
    if (c.phone) for (const h of byPhone.get(c.phone) ?? []) hits.set(h.id, h);
    const out = [...hits.values()].map((h) => {
      const reasons: MatchReason[] = [];
      let score = 0;
      if (h.idNumberIndex && idx.includes(h.idNumberIndex)) {
        reasons.push('idNumber');
        score += WEIGHTS.idNumber;
      }
      if (c.phone && h.phone === c.phone) {
        reasons.push('phone');
        score += WEIGHTS.phone;
      }
      return { id: h.id, reasons, score: Math.min(100, score) };
    });
    out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return out.slice(0, MAX_MATCHES);
  });
  const ids = [...new Set(scored.flat().map((s) => s.id))];
  const summaries = new Map<string, PersonMatch['person']>();
  for (let at = 0; at < ids.length; at += BATCH) {
    for (const p of selectPersonSummaries(db, inArray(sql`v.id`, ids.slice(at, at + BATCH)))) summaries.set(p.id, p);
  }
  return scored.map((s) => s.map((t) => ({ person: summaries.get(t.id)!, matchedBy: t.reasons[0]!, reasons: t.reasons, score: t.score })));
}
