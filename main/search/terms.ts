import { foldSearchText, type NameKeys } from '../../contract/search-keys';

/*
 * What a document is to the search index: a set of tokens, each a marker and a
 * piece of text, stored in an FTS5 table with `detail=none` (presence only, no
 * positions: a few bytes per token per document). Substring search becomes
 * token lookup: every 1-, 2- and 3-character piece of a field is a token, so
 * "王", "王伟" and "伟明" are each one exact lookup and a longer query is the
 * AND of its 3-character pieces (verified against the text afterwards). FTS5's
 * trigram tokenizer alone cannot do this: it matches nothing under three
 * characters, and most Chinese names are two or three (TOOLCHAIN.md, trap 4).
 *
 * Markers (the tokenizer keeps `_` inside tokens, so `g_王` is one token):
 *   g_  a 1-3 character piece of any field         (contains)
 *   s_  the first 1-3 characters of the main field  (starts with)
 *   e_  the whole main field                       (is exactly)
 *   p_  a prefix of the full pinyin, up to 8 letters; f_ the whole of it
 *   i_  a prefix of the initials, up to 6 letters; n_ the whole of them
 *   t_  a whole phone number's digits
 */

export const GRAM_MAX = 3;
export const NAME_PREFIX_MAX = 3;
export const PINYIN_PREFIX_MAX = 8;
export const INITIALS_PREFIX_MAX = 6;
/** A main field longer than this gets no `e_` token (nobody types it whole). */
export const EXACT_MAX = 32;

/**
 * The form both documents and queries are compared in: full-width to
 * half-width (NFKC), lower case, accents off, ü/v folded as pinyin keys are,
 * and everything that is not a letter or a digit dropped, so "王 伟", "王伟"
 * and "ＷＡＮＧ" meet their documents.
 */
export function searchForm(text: string): string {
  // Most fields are already in the form (Chinese characters, lower-case letters, digits): skip the normalizing.
  if (ALREADY_FORMED.test(text)) return text.replace(/v/g, 'u');
  return foldSearchText(text.normalize('NFKC')).replace(/[^\p{L}\p{N}]+/gu, '');
}
const ALREADY_FORMED = /^[\p{Script=Han}a-z0-9]*$/u;

/** The characters of a string (code points, so a rare character outside the BMP is one). */
export function charsOf(text: string): string[] {
  return Array.from(text);
}

/** Every 1..GRAM_MAX-character piece of a normalized field. */
export function gramsOf(form: string): string[] {
  const chars = charsOf(form);
  const grams: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    let gram = '';
    for (let n = 0; n < GRAM_MAX && i + n < chars.length; n++) {
      gram += chars[i + n];
      grams.push(gram);
    }
  }
  return grams;
}

function prefixesOf(text: string, max: number): string[] {
  const chars = charsOf(text);
  const out: string[] = [];
  for (let n = 1; n <= Math.min(max, chars.length); n++) out.push(chars.slice(0, n).join(''));
  return out;
}

export interface SearchDocument {
  /** The name a person, client or plan is known by: exact and starts-with matches rank first. */
  main: string;
  /** Other text found by its characters: company, tags, the client of a plan, a login. */
  others: readonly string[];
  /** Phone numbers (any written form): their digits are searched as text, and a whole one ranks first. */
  phones?: readonly string[];
  /** Pinyin readings of the main field (the first is the usual one; a heteronym surname adds another). */
  pinyin: readonly NameKeys[];
}

export function phoneDigitsOf(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** The normalized text a document's matches are checked against: main first, fields apart. */
export function documentText(doc: SearchDocument): string {
  const phones = (doc.phones ?? []).map(phoneDigitsOf);
  return [searchForm(doc.main), ...doc.others.map(searchForm), ...phones].filter(Boolean).join('\u0001');
}

/** The tokens of a document, each once, space-separated as the FTS5 table stores them. */
export function documentTerms(doc: SearchDocument): string {
  const terms = new Set<string>();
  const main = searchForm(doc.main);
  const fields = [main, ...doc.others.map(searchForm), ...(doc.phones ?? []).map(phoneDigitsOf)];
  for (const field of fields) for (const gram of gramsOf(field)) terms.add(`g_${gram}`);
  for (const prefix of prefixesOf(main, NAME_PREFIX_MAX)) terms.add(`s_${prefix}`);
  if (main && charsOf(main).length <= EXACT_MAX) terms.add(`e_${main}`);
  for (const keys of doc.pinyin) {
    if (keys.full) terms.add(`f_${keys.full}`);
    for (const prefix of prefixesOf(keys.full, PINYIN_PREFIX_MAX)) terms.add(`p_${prefix}`);
    if (keys.initials) terms.add(`n_${keys.initials}`);
    for (const prefix of prefixesOf(keys.initials, INITIALS_PREFIX_MAX)) terms.add(`i_${prefix}`);
  }
  for (const phone of doc.phones ?? []) {
    const digits = phoneDigitsOf(phone);
    if (digits) terms.add(`t_${digits}`);
  }
  return [...terms].join(' ');
}
