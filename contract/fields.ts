import { z } from 'zod';
import { ID_TYPES, idNumberProblem, normalizeIdNumber, type IdType } from './id-documents';

/**
 * Field rules shared by main (authoritative) and the renderer's forms (instant
 * feedback). Messages are i18n keys under `errors.` in the renderer.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

export const text = (max: number) =>
  z
    .string('invalidType')
    .trim()
    .max(max, 'tooLong')
    .refine((s) => !CONTROL_CHARS.test(s), 'invalidChars');

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, 'required'));

export const optionalText = (max: number) => text(max).optional().default('');

export const uuid = z.uuid('invalidId');

/** Mainland mobile, landline with area code, or an international number. */
const PHONE_PATTERNS = [/^1[3-9]\d{9}$/, /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/, /^\+\d{6,15}$/, /^\d{7,8}$/];
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s()（）]/g, '').replace(/^\+86(?=1)/, '');
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
export const email = z
  .string('invalidType')
  .trim()
  .max(100, 'tooLong')
  .refine((s) => s === '' || EMAIL_PATTERN.test(s), 'email.invalid');

/** Today's local calendar day, YYYY-MM-DD. */
function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A real calendar day (no 2月30日) written YYYY-MM-DD. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A birthday: a real day, not after today; empty means "not recorded". */
export const pastDate = z
  .string('invalidType')
  .trim()
  .max(10, 'date.invalid')
  .refine((s) => s === '' || (isRealDate(s) && s <= todayLocal()), 'date.invalid');
