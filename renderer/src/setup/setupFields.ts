import type { FormRule } from 'antd';
import { requiredText } from '../../../contract/fields';
import { orgName } from '../../../contract/organisation';
import type { Locale } from '../../../contract/print';
import { login } from '../../../contract/session';
import type { LogoValue } from '../lib/LogoPicker';
import { schemaRule } from '../lib/schemaRule';

export interface SetupValues {
  locale: Locale;
  siteName: string;
  orgName: string;
  orgLogo: LogoValue | null;
  adminLogin: string;
  adminName: string;
  adminPassword: string;
  adminPassword2: string;
  recoveryConfirm: string;
}

/** The fields each step asks for, so Next validates only what is on screen. */
export const STEP_FIELDS: (keyof SetupValues)[][] = [
  ['locale', 'orgName', 'orgLogo', 'siteName'],
  ['adminLogin', 'adminName', 'adminPassword', 'adminPassword2'],
  ['recoveryConfirm'],
];

/** Where main reports a problem (`setup.complete` input path) → the wizard's field. */
export const ISSUE_FIELDS: Record<string, keyof SetupValues> = {
  locale: 'locale',
  siteName: 'siteName',
  orgName: 'orgName',
  orgLogo: 'orgLogo',
  'orgLogo.base64': 'orgLogo',
  adminLogin: 'adminLogin',
  adminName: 'adminName',
  adminPassword: 'adminPassword',
  recoveryPassphrase: 'recoveryConfirm',
};

export function stepOf(field: keyof SetupValues): number {
  return STEP_FIELDS.findIndex((fields) => fields.includes(field));
}

/** The same limits `setup.complete` enforces in main. */
export const setupRules = {
  siteName: [schemaRule(requiredText(60))] satisfies FormRule[],
  orgName: [schemaRule(orgName)] satisfies FormRule[],
  adminLogin: [schemaRule(login)] satisfies FormRule[],
  adminName: [schemaRule(requiredText(50))] satisfies FormRule[],
};
