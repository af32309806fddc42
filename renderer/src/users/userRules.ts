import type { FormRule } from 'antd';
import type { RoleName } from '../../../contract/session';
import { login } from '../../../contract/session';
import { userFields } from '../../../contract/users';
import { issueText } from '../lib/errors';
import { schemaRule } from '../lib/schemaRule';
import { newPasswordRules } from '../forms/passwordRules';

export interface UserFormValues {
  login: string;
  name: string;
  department: string;
  roles: RoleName[];
  password: string;
  active: boolean;
}

/** The same limits `users.create` / `users.update` enforce in main. */
export const userRules = {
  login: [schemaRule(login)] satisfies FormRule[],
  name: [schemaRule(userFields.name)] satisfies FormRule[],
  department: [schemaRule(userFields.department)] satisfies FormRule[],
  roles: [{ type: 'array', min: 1, required: true, message: issueText('roles.required') }] satisfies FormRule[],
  password: newPasswordRules,
};

/** Where main reports a problem → the form field. */
export const USER_ISSUE_FIELDS: Record<string, keyof UserFormValues> = {
  login: 'login',
  name: 'name',
  department: 'department',
  roles: 'roles',
  password: 'password',
  active: 'active',
};
