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
  const max = maxLengthOf(schema);
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (result.success) return;
      const key = result.error.issues[0]?.message ?? 'invalid';
      if (key === 'tooLong' && max !== undefined && typeof value === 'string') {
        throw new Error(i18n.t('forms.tooLong', { max, count: value.trim().length }));
      }
      throw new Error(issueText(key));
    },
  };
}
