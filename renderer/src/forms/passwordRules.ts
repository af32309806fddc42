import type { FormInstance, FormRule } from 'antd';
import { newPassword } from '../../../contract/session';
import { issueText } from '../lib/errors';
import { schemaRule } from '../lib/schemaRule';

/** The same rule main applies to every new password: 8+ characters with a letter and a digit (empty is "too short"). */
export const newPasswordRules: FormRule[] = [schemaRule(newPassword)];

/** The "type it again" field must match the field it repeats. */
export function repeatRules(form: FormInstance, field: string): FormRule[] {
  return [
    { required: true, message: issueText('required') },
    {
      validator: async (_rule, value: unknown) => {
        if (value && value !== form.getFieldValue(field)) throw new Error(issueText('password.mismatch'));
      },
    },
  ];
}
