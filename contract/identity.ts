import { z } from 'zod';
import { normalizePhone, text } from './fields';

/**
 * When a check-in matches a person already on file, what was typed is compared
 * with the record. A difference is never applied silently: main refuses with a
 * CONFLICT (`identityMismatch`) and the receptionist decides. This file is the
 * one home of that comparison, so the dialog highlights exactly what main saw.
 */

/** The fields whose difference is a conflict; `idNumber` only when the record holds a different number. */
export const IDENTITY_FIELDS = ['name', 'company', 'phone', 'idNumber'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** Width, case and runs of spaces are how a name was typed, not who the person is. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  return norm(a) === norm(b);
}

/** Spaces, brackets, dashes and a +86 prefix are how a number was written, not the number. */
export function samePhone(a: string, b: string): boolean {
  const norm = (s: string) => normalizePhone(s).replace(/-/g, '');
  return norm(a) === norm(b);
}

export interface IdentityValues {
  name: string;
  company: string;
  phone: string;
}

/**
 * The fields where `typed` would change `onFile`. A blank typed company or
 * phone means "keep what is on file" (a returning visitor need not retype), so
 * it never differs.
 */
export function identityDifferences(onFile: IdentityValues, typed: IdentityValues): IdentityField[] {
  const fields: IdentityField[] = [];
  if (!sameText(onFile.name, typed.name)) fields.push('name');
  if (typed.company !== '' && !sameText(onFile.company, typed.company)) fields.push('company');
  if (typed.phone !== '' && !samePhone(onFile.phone, typed.phone)) fields.push('phone');
  return fields;
}

/** Same bar as revealing an ID number: a few words someone can read back later. */
export const identityUpdateReason = text(200).pipe(z.string().min(2, 'identityReason.required'));

/**
 * How the receptionist resolved a conflict: check in under the record as it
 * is, or correct the record (a reason is required; audited with old and new
 * values). Stopping is not sent: nothing is called, nothing changes.
 */
export const identityResolution = z.discriminatedUnion(
  'action',
  [
    z.strictObject({ action: z.literal('useOnFile') }),
    z.strictObject({ action: z.literal('update'), reason: identityUpdateReason }),
  ],
  'invalidOption',
);
export type IdentityResolution = z.output<typeof identityResolution>;

/** Both versions, side by side, as main sends them in the refusal's details (flat: details hold scalars only). */
export interface IdentityConflict {
  personId: string;
  /** Local day (YYYY-MM-DD) of the person's last visit, if any. */
  lastVisitDay: string | null;
  differs: IdentityField[];
  onFile: IdentityValues & { idMasked: string | null };
  typed: IdentityValues & { idMasked: string | null };
}

type Details = Record<string, string | number | boolean | null>;

export function identityConflictDetails(c: IdentityConflict): Details {
  return {
    reason: 'identityMismatch',
    personId: c.personId,
    lastVisitDay: c.lastVisitDay,
    differs: c.differs.join(','),
    onFileName: c.onFile.name,
    onFileCompany: c.onFile.company,
    onFilePhone: c.onFile.phone,
    onFileIdMasked: c.onFile.idMasked,
    typedName: c.typed.name,
    typedCompany: c.typed.company,
    typedPhone: c.typed.phone,
    typedIdMasked: c.typed.idMasked,
  };
}

/** The conflict a refusal carries, or null when it is another kind of error. */
export function identityConflictOf(details: Details | undefined): IdentityConflict | null {
  if (!details || details.reason !== 'identityMismatch') return null;
  const str = (k: string) => (typeof details[k] === 'string' ? (details[k] as string) : '');
  const strOrNull = (k: string) => (typeof details[k] === 'string' ? (details[k] as string) : null);
  const differs = str('differs')
    .split(',')
    .filter((f): f is IdentityField => (IDENTITY_FIELDS as readonly string[]).includes(f));
  return {
    personId: str('personId'),
    lastVisitDay: strOrNull('lastVisitDay'),
    differs,
    onFile: { name: str('onFileName'), company: str('onFileCompany'), phone: str('onFilePhone'), idMasked: strOrNull('onFileIdMasked') },
    typed: { name: str('typedName'), company: str('typedCompany'), phone: str('typedPhone'), idMasked: strOrNull('typedIdMasked') },
  };
}
