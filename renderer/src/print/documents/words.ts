import type { TFunction } from 'i18next';
import type { Locale } from '../../../../contract/print';
import { i18n } from '../../i18n';

/** A document's own language, fixed when it is printed, whatever the desk's UI language is. */
export interface Words {
  locale: Locale;
  /** Any key of the app's messages (planStatus.*, receptionLevels.*, planWarnings.*). */
  t: TFunction;
  /** A key of the planPrint part. */
  p: TFunction;
  /** A key of the checklistPrint part (checklists, hand-off sheets, the roll call). */
  c: TFunction;
}

export function wordsFor(locale: Locale): Words {
  return { locale, t: i18n.getFixedT(locale), p: i18n.getFixedT(locale, null, 'planPrint'), c: i18n.getFixedT(locale, null, 'checklistPrint') };
}
