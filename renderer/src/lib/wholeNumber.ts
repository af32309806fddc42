import type { FormRule } from 'antd';
import type { z } from 'zod';
import { i18n } from '../i18n';
import { issueText } from './errors';

/**
 * A count typed into a text box (headcount, capacity): digits only, full-width
 * digits read as digits, spaces around ignored. Anything else — `三`, `3人`,
 * `2.5`, `abc` — is not a number (NaN), never quietly 1 or the last value;
 * blank is null.
 */
export function parseWhole(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value === undefined || value === null) return null;
  const text = String(value)
    .trim()
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** The form rule for such a box: blank (when required), not a whole number, or what the contract's schema says. */
export function wholeNumberRule(schema: z.ZodType, required: boolean): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const n = parseWhole(value);
      if (n === null) {
        if (required) throw new Error(issueText('required'));
        return;
      }
      if (Number.isNaN(n)) throw new Error(i18n.t('forms.number.notWhole'));
      const result = schema.safeParse(n);
      if (!result.success) throw new Error(issueText(result.error.issues[0]?.message ?? 'invalid'));
    },
  };
}
