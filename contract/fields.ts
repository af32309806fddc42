import { z } from 'zod';
import { isCalendarDay } from './calendar';
import { ID_TYPES, idNumberProblem, normalizeIdNumber, type IdType } from './id-documents';

/**
 * Field rules shared by main (authoritative) and the renderer's forms (instant
 * feedback). Messages are i18n keys under `errors.` in the renderer.
 */

/*
 * What free text that is shown or printed may not contain, because it hides or
 * reorders what a reader sees (a name with U+202E prints reversed on a badge):
 * - control characters (Unicode Cc: C0, DEL and C1);
 * - format characters (Unicode Cf): bidi embeddings, overrides, isolates and
 *   marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), zero-width
 *   space and joiners, word joiner and invisible operators, BOM, soft hyphen,
 *   U+180E, tag characters. Emoji ZWJ sequences go with them: names do not need them;
 * - line and paragraph separators U+2028, U+2029 (Zl, Zp);
 * - lone surrogates (Cs), which are not text at all;
 * - letters and marks that draw nothing: the Hangul fillers and the combining
 *   grapheme joiner.
 * Refused, never stripped: nothing is changed behind the typist's back.
 */
const FORBIDDEN_IN_LINE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u034f\u115f\u1160\u3164\uffa0]/u;
/** Multi-line text keeps tab and line feed (a Windows CRLF or a lone CR is read as a line feed first); any other control is still refused. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u034f\u115f\u1160\u3164\uffa0]/u;

/** True when the text holds a control, invisible or reordering character (see above). */
export function hasForbiddenChars(s: string, multiline = false): boolean {
  return (multiline ? FORBIDDEN_IN_LINES : FORBIDDEN_IN_LINE).test(s);
}

const FORBIDDEN_IN_LINES_ALL = new RegExp(FORBIDDEN_IN_LINES.source, 'gu');

/**
 * The same characters taken out of every string in a value, tab and line feed
 * kept. Only for what is read back and printed: text saved before the rule
 * existed may still hold them, and none may reach paper. Input is refused, never cleaned.
 */
export function withoutForbiddenChars<T>(value: T): T {
  if (typeof value === 'string') return value.replace(FORBIDDEN_IN_LINES_ALL, '') as T;
  if (Array.isArray(value)) return value.map(withoutForbiddenChars) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutForbiddenChars(v)])) as T;
  }
  return value;
}

/** Windows pastes end lines with CR LF, old Macs with CR: both are the same line break as LF. */
const LINE_ENDING = /\r\n?/g;

/** Checked before trimming: a leading BOM or U+2028 is refused, not trimmed away unseen. */
const checkedText = (max: number, multiline: boolean) =>
  z
    .string('invalidType')
    .overwrite((s) => (multiline ? s.replace(LINE_ENDING, '\n') : s))
    .refine((s) => !hasForbiddenChars(s, multiline), 'invalidChars')
    .trim()
    .max(max, 'tooLong');

/**
 * A text rule is built once per length and shared by every field of that length:
 * zod schemas never change once built, and each rule is a chain of five to eight
 * of them, which the desk's start built over a hundred times (issue 17).
 */
function oncePerLength<S>(build: (max: number) => S): (max: number) => S {
  const built = new Map<number, S>();
  return (max) => {
    let schema = built.get(max);
    if (schema === undefined) built.set(max, (schema = build(max)));
    return schema;
  };
}

/** One line of free text (names, companies, reasons, titles, search queries...). */
export const text = oncePerLength((max) => checkedText(max, false));

export const requiredText = oncePerLength((max) => text(max).pipe(z.string().min(1, 'required')));

export const optionalText = oncePerLength((max) => text(max).optional().default(''));

/** Free text over several lines (notes, background): tab and line feed are allowed, nothing else invisible. */
export const multilineText = oncePerLength((max) => checkedText(max, true));

export const optionalMultilineText = oncePerLength((max) => multilineText(max).optional().default(''));

export const uuid = z.uuid('invalidId');

/*
 * Phones are stored in one canonical form, however they were typed (spaces,
 * dashes, dots, brackets, full-width digits, +86 or 0086):
 * - a mainland mobile as its 11 digits: `138-0013-8000`, `+86 138 0013 8000` → `13800138000`;
 * - a landline as area code, dash, local number, and dash and extension if any:
 *   `(010) 6512-3456`, `+86 10 6512 3456`, `01065123456` → `010-65123456`. The
 *   area code's length follows from its digits (010 and 02x have three, every
 *   other four), so the dash is put back where it belongs;
 * - an international number as + and its digits: `0044 20 7946 0958` → `+442079460958`;
 * - a local number without area code as its 7 or 8 digits, and dash and extension if any:
 *   `8888 8888 转 123` → `88888888-123`.
 */
const PHONE_PATTERNS = [/^1[3-9]\d{9}$/, /^0\d{2,3}-\d{7,8}(-\d{1,6})?$/, /^\+\d{6,15}$/, /^\d{7,8}(-\d{1,6})?$/];
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
/** Separators people type between digit groups: spaces, dashes of every width, dots, brackets. */
const PHONE_SEPARATORS = /[\s\-\u2010-\u2015\u2212\uff0d.()（）]+/;
/** An extension written out: 转 123, ext. 123, x123. */
const EXTENSION_WORD = /\s*(?:转|分机|ext\.?|x)\s*(?=\d+$)/i;

function normalizeLandline(digits: string, groups: string[], hasExtensionWord: boolean): string {
  const areaLength = /^0[12]/.test(digits) ? 3 : 4;
  const area = digits.slice(0, areaLength);
  let local = digits.slice(areaLength);
  let extension = '';
  const [first, second, ...rest] = groups;
  if (first?.endsWith(area) && second && second.length >= 7 && second.length <= 8 && rest.length > 0) {
    // Written as area, number, extension: the groups say where the extension starts.
    local = second;
    extension = rest.join('');
  } else if (local.length > 8 || hasExtensionWord) {
    // Otherwise only a separated last group can be an extension: digits alone are ambiguous.
    const last = groups.length > 1 ? groups[groups.length - 1]! : '';
    if (last === '' || !local.endsWith(last)) return digits;
    extension = last;
    local = local.slice(0, -last.length);
  }
  if (local.length < 7 || local.length > 8 || extension.length > 6) return digits;
  return `${area}-${local}${extension ? `-${extension}` : ''}`;
}

/**
 * A local number (no area code): an extension only when written out or set apart
 * after 7–8 digits. Local numbers start with 2–9, so a mistyped mobile
 * (`138-0013-800`) is never read as a number and an extension.
 */
function normalizeLocal(digits: string, groups: string[], hasExtensionWord: boolean): string {
  if (!/^[2-9]/.test(digits) || (digits.length <= 8 && !hasExtensionWord)) return digits;
  const last = groups.length > 1 ? groups[groups.length - 1]! : '';
  const local = digits.slice(0, digits.length - last.length);
  if (last === '' || last.length > 6 || local.length < 7 || local.length > 8) return digits;
  return `${local}-${last}`;
}

export function normalizePhone(raw: string): string {
  const halfWidth = raw.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/＋/g, '+').trim();
  if (halfWidth === '') return '';
  const hasExtensionWord = EXTENSION_WORD.test(halfWidth);
  const spaced = halfWidth.replace(EXTENSION_WORD, '-');
  const groups = spaced.split(PHONE_SEPARATORS).filter(Boolean);
  const joined = groups.join('');
  // Anything but digits (after an optional leading +) is not a phone: leave it for the pattern to refuse.
  if (!/^\+?\d+$/.test(joined)) return joined;
  let international = joined.startsWith('+') ? joined.slice(1) : joined.startsWith('00') ? joined.slice(2) : null;
  let national = joined;
  if (international !== null) {
    if (!international.startsWith('86')) return `+${international}`;
    international = international.slice(2);
    national = /^1[3-9]\d{9}$/.test(international) ? international : `0${international.replace(/^0/, '')}`;
  }
  if (national.startsWith('0')) return normalizeLandline(national, groups, hasExtensionWord);
  return international === null ? normalizeLocal(national, groups, hasExtensionWord) : national;
}

export const phone = z
  .string('invalidType')
  .max(30, 'tooLong')
  .transform(normalizePhone)
  .refine((p) => p === '' || PHONE_PATTERNS.some((re) => re.test(p)), 'phone.invalid');

export const idType = z.enum(ID_TYPES, 'invalidOption');

/** An ID type + number pair, spread into a form's object; an empty number means "not recorded". */
export const idDocumentShape = {
  idType: idType.default('resident_id'),
  idNumber: z.string('invalidType').max(40, 'tooLong').default('').transform(normalizeIdNumber),
};

/**
 * Run the ID check even when other fields failed, so one submit reports every
 * problem at once; skip it only when the type or number itself did not parse.
 */
export const idDocumentCheck: z.core.$ZodSuperRefineParams = {
  when: (payload) =>
    !payload.issues.some((i) => i.path?.[0] === 'idType' || i.path?.[0] === 'idNumber') &&
    typeof (payload.value as { idNumber?: unknown } | null)?.idNumber === 'string',
};

/** Checks the number against its type's rules; add with `.superRefine(refineIdDocument, idDocumentCheck)`. */
export function refineIdDocument(doc: { idType: IdType; idNumber: string }, ctx: z.RefinementCtx): void {
  if (doc.idNumber === '') return;
  const problem = idNumberProblem(doc.idType, doc.idNumber);
  if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
}

/** A plain address check (something@domain.tld); empty means "not recorded". */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export const email = text(100).refine((s) => s === '' || EMAIL_PATTERN.test(s), 'email.invalid');

/** Today's local calendar day, YYYY-MM-DD. */
function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The years a day may fall in. Wide enough for anyone alive and any plan, narrow
 * enough that every service can turn the day into a Date and an ISO string
 * (four-digit years, no `+010000`).
 */
export const DAY_YEARS = { min: 1800, max: 2999 } as const;

/** A real calendar day (no 2月30日) written YYYY-MM-DD, in DAY_YEARS. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= DAY_YEARS.min && y <= DAY_YEARS.max && isCalendarDay(y, mo, d);
}

/** A calendar day, YYYY-MM-DD, that exists: `2026-02-30` and `2026-13-45` are refused, not searched for. */
export const day = z
  .string('invalidType')
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.format', abort: true })
  .refine(isRealDate, 'date.notReal');

/**
 * An inclusive range of days must not run backwards; the issue sits on `to`.
 * Add with `.superRefine(refineDayRange)`.
 */
export function refineDayRange(range: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (range.from && range.to && range.from > range.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'date.rangeReversed' });
}

/** A birthday: a real day, not after today; empty means "not recorded". */
export const pastDate = z
  .string('invalidType')
  .trim()
  .max(10, 'date.invalid')
  .refine((s) => s === '' || (isRealDate(s) && s <= todayLocal()), 'date.invalid');
