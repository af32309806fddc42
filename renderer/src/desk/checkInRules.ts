import type { FormRule } from 'antd';
import { optionalText, phone, requiredText } from '../../../contract/fields';
import { idNumberProblem, normalizeIdNumber, type IdType } from '../../../contract/id-documents';
import { issueText } from '../lib/errors';
import { schemaRule } from '../lib/schemaRule';

/** Same limits main enforces (contract/visits.ts), so the form rejects what main would. */
export const LIMITS = { name: 50, company: 100, phone: 30, idNumber: 40, host: 50, purpose: 200 } as const;

export interface CheckInValues {
  name: string;
  company: string;
  phone: string;
  idType: IdType;
  idNumber: string;
  host: string;
  purpose: string;
  privacyAck: boolean;
}

export const FORM_FIELDS = ['name', 'company', 'phone', 'idType', 'idNumber', 'host', 'purpose', 'privacyAck'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export function isFormField(path: string): path is FormField {
  return (FORM_FIELDS as readonly string[]).includes(path);
}

export const EMPTY_VALUES: CheckInValues = {
  name: '',
  company: '',
  phone: '',
  idType: 'resident_id',
  idNumber: '',
  host: '',
  purpose: '',
  privacyAck: false,
};

export const rules = {
  name: [schemaRule(requiredText(LIMITS.name))],
  company: [schemaRule(optionalText(LIMITS.company))],
  phone: [schemaRule(phone)],
  host: [schemaRule(requiredText(LIMITS.host))],
  purpose: [schemaRule(optionalText(LIMITS.purpose))],
  privacyAck: [
    {
      validator: async (_rule, value: unknown) => {
        if (value !== true) throw new Error(issueText('privacy.required'));
      },
    },
  ] satisfies FormRule[],
  /** Depends on the chosen document type, so it reads the type from the form. */
  idNumber: (getType: () => IdType): FormRule[] => [
    {
      validator: async (_rule, value: unknown) => {
        const normalized = normalizeIdNumber(typeof value === 'string' ? value : '');
        if (normalized === '') return;
        if (normalized.length > LIMITS.idNumber) throw new Error(issueText('tooLong'));
        const problem = idNumberProblem(getType(), normalized);
        if (problem) throw new Error(issueText(problem));
      },
    },
  ],
};
