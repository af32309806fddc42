import type { FormRule } from 'antd';
import { idNumberProblem, normalizeIdNumber, type IdType } from '../../../contract/id-documents';
import { checkInInput } from '../../../contract/visits';
import { i18n } from '../i18n';
import { issueText } from '../lib/errors';
import { maxLengthOf } from '../lib/fieldLimit';
import { schemaRule } from '../lib/schemaRule';

/**
 * The check-in call's own field schemas (contract/visits.ts): the form's rules
 * and the counts shown on its fields come from them, so the desk refuses
 * exactly what main would and says the same limit.
 */
export const checkInFields = checkInInput.shape;

const ID_NUMBER_MAX = maxLengthOf(checkInFields.idNumber);

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
  name: [schemaRule(checkInFields.name)],
  company: [schemaRule(checkInFields.company)],
  phone: [schemaRule(checkInFields.phone)],
  host: [schemaRule(checkInFields.host)],
  purpose: [schemaRule(checkInFields.purpose)],
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
        if (ID_NUMBER_MAX !== undefined && normalized.length > ID_NUMBER_MAX) {
          throw new Error(i18n.t('forms.tooLong', { max: ID_NUMBER_MAX, count: normalized.length }));
        }
        const problem = idNumberProblem(getType(), normalized);
        if (problem) throw new Error(issueText(problem));
      },
    },
  ],
};
