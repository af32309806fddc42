import type { FormRule } from 'antd';
import type { z } from 'zod';
import { issueText } from './errors';

/**
 * Runs a contract schema as an antd form rule, so a form rejects exactly what
 * main would; the failure's i18n key becomes the message.
 */
export function schemaRule(schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(issueText(result.error.issues[0]?.message ?? 'invalid'));
    },
  };
}
