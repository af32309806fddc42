import type { FormRule } from 'antd';
import { clientFields, personFields } from '../../../contract/clients';
import { issueText } from '../lib/errors';
import { schemaRule } from '../lib/schemaRule';

/** The same limits `clients.create` / `clients.update` enforce in main. */
export const clientRules = {
  name: [schemaRule(clientFields.name)] satisfies FormRule[],
  industry: [schemaRule(clientFields.industry)] satisfies FormRule[],
  accountManager: [schemaRule(clientFields.accountManager)] satisfies FormRule[],
  background: [schemaRule(clientFields.background)] satisfies FormRule[],
  tags: [
    {
      validator: async (_rule, value: unknown) => {
        const result = clientFields.tags.safeParse(value ?? []);
        if (!result.success) throw new Error(issueText(result.error.issues[0]?.message ?? 'invalid'));
      },
    },
  ] satisfies FormRule[],
};

/** The same limits `people.create` / `people.update` enforce in main (the ID number is checked against its type in the form). */
export const personRules = {
  name: [schemaRule(personFields.name)] satisfies FormRule[],
  title: [schemaRule(personFields.title)] satisfies FormRule[],
  phone: [schemaRule(personFields.phone)] satisfies FormRule[],
  email: [schemaRule(personFields.email)] satisfies FormRule[],
  dietary: [schemaRule(personFields.dietary)] satisfies FormRule[],
  transport: [schemaRule(personFields.transport)] satisfies FormRule[],
  preferences: [schemaRule(personFields.preferences)] satisfies FormRule[],
  notes: [schemaRule(personFields.notes)] satisfies FormRule[],
};

/** Where main reports a problem → the client form field. */
export const CLIENT_ISSUE_FIELDS: Record<string, string> = {
  name: 'name',
  industry: 'industry',
  tier: 'tier',
  accountManager: 'accountManager',
  accountManagerUserId: 'accountManagerUserId',
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
