import type { FormRule } from 'antd';
import { z } from 'zod';
import { email, optionalMultilineText, optionalText, phone, requiredText } from '../../../contract/fields';
import { issueText } from '../lib/errors';
import { schemaRule } from '../lib/schemaRule';

/** The same limits `clients.create` / `clients.update` enforce in main. */
export const clientRules = {
  name: [schemaRule(requiredText(100))] satisfies FormRule[],
  industry: [schemaRule(optionalText(50))] satisfies FormRule[],
  accountManager: [schemaRule(optionalText(50))] satisfies FormRule[],
  background: [schemaRule(optionalMultilineText(2000))] satisfies FormRule[],
  tags: [
    {
      validator: async (_rule, value: unknown) => {
        const result = z.array(requiredText(20), 'invalidType').max(20, 'tags.tooMany').safeParse(value ?? []);
        if (!result.success) throw new Error(issueText(result.error.issues[0]?.message ?? 'invalid'));
      },
    },
  ] satisfies FormRule[],
};

/** The same limits `people.create` / `people.update` enforce in main (the ID number is checked against its type in the form). */
export const personRules = {
  name: [schemaRule(requiredText(50))] satisfies FormRule[],
  title: [schemaRule(optionalText(50))] satisfies FormRule[],
  phone: [schemaRule(phone)] satisfies FormRule[],
  email: [schemaRule(email)] satisfies FormRule[],
  dietary: [schemaRule(optionalText(200))] satisfies FormRule[],
  transport: [schemaRule(optionalText(200))] satisfies FormRule[],
  preferences: [schemaRule(optionalText(500))] satisfies FormRule[],
  notes: [schemaRule(optionalMultilineText(1000))] satisfies FormRule[],
};

/** Where main reports a problem → the client form field. */
export const CLIENT_ISSUE_FIELDS: Record<string, string> = {
  name: 'name',
  industry: 'industry',
  tier: 'tier',
  accountManager: 'accountManager',
  background: 'background',
  tags: 'tags',
};

/** Where main reports a problem → the person form field. */
export const PERSON_ISSUE_FIELDS: Record<string, string> = {
  name: 'name',
  clientId: 'clientId',
  title: 'title',
  phone: 'phone',
  email: 'email',
  idType: 'idType',
  idNumber: 'idNumber',
  dietary: 'dietary',
  transport: 'transport',
  preferences: 'preferences',
  birthday: 'birthday',
  notes: 'notes',
};
