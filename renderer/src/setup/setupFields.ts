import type { FormRule } from 'antd';
import type { Locale } from '../../../contract/print';
import { setup } from '../../../contract/session';
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

/** `setup.complete`'s own field schemas: the wizard's rules and the counts on its fields. */
export const setupFields = setup.complete.input.shape;

/** The same rules `setup.complete` enforces in main. */
export const setupRules = {
  siteName: [schemaRule(setupFields.siteName)] satisfies FormRule[],
  orgName: [schemaRule(setupFields.orgName)] satisfies FormRule[],
  adminLogin: [schemaRule(setupFields.adminLogin)] satisfies FormRule[],
  adminName: [schemaRule(setupFields.adminName)] satisfies FormRule[],
};
