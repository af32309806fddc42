import { normalizePhone } from '../../contract/fields';
import { charsOf, EXACT_MAX, GRAM_MAX, INITIALS_PREFIX_MAX, NAME_PREFIX_MAX, PINYIN_PREFIX_MAX, searchForm } from './terms';
import { hanKeys } from './pinyin';

/**
 * One rank of matches, asked of the index as one FTS5 expression. Tiers are
 * read in order (exact, then starts-with, then contains) and each in recency
 * order, so the best k of any query cost k rows, however many match.
 */
export interface SearchTier {
  match: string;
  /** The document's text must also contain this (the tokens only approximate a long query). */
  contains?: string;
  /** The document's main field must also start with this. */
  startsWith?: string;
}

/** Trigram pieces a long query is asked by; more would cost lookups and the text check catches the rest. */
const MAX_PIECES = 6;

const token = (marker: string, text: string) => `"${marker}_${text}"`;
const prefixToken = (marker: string, text: string) => `"${marker}_${text}" *`;
const anyOf = (parts: string[]) => parts.join(' OR ');

const isLetters = (q: string) => /^[a-z]+$/.test(q);
const isDigits = (q: string) => /^\d+$/.test(q);
const HAN = /\p{Script=Han}/u;

/** The trigram pieces of a long query: first, last and evenly between. */
function piecesOf(chars: string[]): string[] {
  const count = chars.length - GRAM_MAX + 1;
  const picks = new Set<number>();
  for (let i = 0; i < Math.min(count, MAX_PIECES); i++) picks.add(Math.round((i * (count - 1)) / Math.max(1, Math.min(count, MAX_PIECES) - 1)));
  return [...picks].map((at) => chars.slice(at, at + GRAM_MAX).join(''));
}

function exactTier(q: string, n: number): SearchTier | null {
  const parts: string[] = [];
  if (n <= EXACT_MAX) parts.push(token('e', q));
  if (isLetters(q)) parts.push(token('f', q), token('n', q));
  if (isDigits(q) && n >= 5) parts.push(token('t', q));
  return parts.length ? { match: anyOf(parts) } : null;
}

/** Letters as pinyin: the start of the full reading, or of the initials. */
function pinyinMatch(full: string, initials: string): string {
  const parts = [full.length <= PINYIN_PREFIX_MAX ? token('p', full) : prefixToken('f', full)];
  if (initials) parts.push(initials.length <= INITIALS_PREFIX_MAX ? token('i', initials) : prefixToken('n', initials));
  return anyOf(parts);
}

/**
 * Chinese characters and pinyin letters in one query (`王w`, `王xm`, `wang伟`):
 * the characters are read as pinyin and the whole asked as a reading, while
 * the text must still hold the characters typed.
 */
function mixedTier(raw: string): SearchTier | null {
  const runs = raw.match(/\p{Script=Han}+|[a-z]+/gu) ?? [];
  if (!runs.some((r) => HAN.test(r)) || !runs.some((r) => /^[a-z]/.test(r))) return null;
  let full = '';
  let initials = '';
  runs.forEach((run, i) => {
    if (HAN.test(run)) {
      const keys = hanKeys(run, i === 0);
      full += keys.full;
      initials += keys.initials;
    } else {
      full += run;
      initials += run;
    }
  });
  const han = runs.filter((r) => HAN.test(r)).sort((a, b) => b.length - a.length)[0]!;
  return { match: pinyinMatch(full, initials), contains: han };
}

function startsTier(q: string, chars: string[]): SearchTier {
  if (chars.length <= NAME_PREFIX_MAX) return { match: token('s', q) };
  return { match: token('s', chars.slice(0, NAME_PREFIX_MAX).join('')), startsWith: q };
}

function containsTier(q: string, chars: string[]): SearchTier {
  if (chars.length <= GRAM_MAX) return { match: token('g', q) };
  return { match: piecesOf(chars).map((p) => token('g', p)).join(' AND '), contains: q };
}

/**
 * The digits of a phone typed in any written form (`(010) 6512-3456 转 801`,
 * `+86 138…`), read as stored phones are written; null when it is not a phone.
 */
function phoneDigits(raw: string): string | null {
  const normalized = normalizePhone(raw);
  return /^\+?[\d-]+$/.test(normalized) ? normalized.replace(/\D/g, '') : null;
}

/** The tiers a typed query is asked in, best first; none for a query with nothing to search by. */
export function planSearch(raw: string): SearchTier[] {
  const q = searchForm(raw);
  if (!q) return [];
  const chars = charsOf(q);
  const tiers: SearchTier[] = [];
  const exact = exactTier(q, chars.length);
  if (exact) tiers.push(exact);
  // A phone written with an extension word or a country code: its digits as stored.
  const digits = phoneDigits(raw);
  const asPhone = digits && digits !== q && digits.length >= GRAM_MAX ? digits : null;
  if (asPhone) tiers.push({ match: token('t', asPhone) }, containsTier(asPhone, charsOf(asPhone)));
  if (isLetters(q)) tiers.push({ match: pinyinMatch(q, q) });
  const mixed = mixedTier(q);
  if (mixed) tiers.push(mixed);
  tiers.push(startsTier(q, chars), containsTier(q, chars));
  return tiers;
}
