import type { TFunction } from 'i18next';
import type { Locale } from '../../../contract/print';
import { i18n } from '../i18n';

/**
 * A report's words in one language: the screen's (the desk's language) or a
 * printed monthly report's (its own, whatever the desk shows).
 */
export interface ReportWords {
  locale: Locale;
  /** Any key of the app's messages, written whole (`reports.…`) so the i18n coverage test checks each one. */
  t: TFunction;
}

export function reportWords(locale: Locale): ReportWords {
  return { locale, t: i18n.getFixedT(locale) };
}
