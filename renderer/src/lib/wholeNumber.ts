import type { FormRule } from 'antd';
import type { z } from 'zod';
import { i18n } from '../i18n';
import { issueText } from './errors';
import { parseWhole } from './parseWhole';

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
