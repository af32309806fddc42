import type { FormRule } from 'antd';
import type { z } from 'zod';
import { i18n } from '../i18n';
import { issueText } from './errors';
import { maxLengthOf } from './fieldLimit';

/**
 * Runs a contract schema as an antd form rule, so a form rejects exactly what
 * main would; the failure's i18n key becomes the message. Too long says by how
 * much, against the schema's own maximum.
 */
export function schemaRule(schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const problem = schemaRuleText(schema, value);
      if (problem) throw new Error(problem);
    },
  };
}

/**
 * What is wrong with `value` for `schema`, translated, or null when main would
 * take it: for fields outside an antd form (table cells, dialogs).
 */
export function schemaRuleText(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value ?? '');
  if (result.success) return null;
  const key = result.error.issues[0]?.message ?? 'invalid';
  const max = maxLengthOf(schema);
  if (key === 'tooLong' && max !== undefined && typeof value === 'string') {
    return i18n.t('forms.tooLong', { max, count: value.trim().length });
  }
  return issueText(key);
}
