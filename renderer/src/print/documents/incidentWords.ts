import type { Locale } from '../../../../contract/print';
import { i18n } from '../../i18n';

/** The incident report's words (the incidentPrint part), in the document's own language. */
export function incidentWords(locale: Locale) {
  return i18n.getFixedT(locale, null, 'incidentPrint');
}
