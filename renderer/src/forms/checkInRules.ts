import type { FormRule } from 'antd';
import { idNumberProblem, type IdType } from '../../../contract/id-documents';
import { checkInInput } from '../../../contract/visits';
import { issueText } from '../lib/errors';
import { schemaRule, schemaRuleText } from '../lib/schemaRule';

/**
 * The check-in call's own field schemas (contract/visits.ts): the form's rules
 * and the counts shown on its fields come from them, so the desk refuses
 * exactly what main would and says the same limit.
 */
export const checkInFields = checkInInput.shape;

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
  privacyAck: [schemaRule(checkInFields.privacyAck)],
  /**
   * Depends on the chosen document type, so it reads the type from the form:
   * the field's own schema (its length, its normalising), then the type's rule
   * on the normalised number, as main's refineIdDocument runs it.
   */
  idNumber: (getType: () => IdType): FormRule[] => [
    {
      validator: async (_rule, value: unknown) => {
        const fieldProblem = schemaRuleText(checkInFields.idNumber, value);
        if (fieldProblem) throw new Error(fieldProblem);
        const normalized = checkInFields.idNumber.parse(value ?? '');
        const problem = normalized === '' ? null : idNumberProblem(getType(), normalized);
        if (problem) throw new Error(issueText(problem));
      },
    },
  ],
};
