import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../contract/print';
import { en } from './en';
import { zhCN } from './zh-CN';

dayjs.extend(relativeTime);

const LOCALE_HINT_KEY = 'reception-desk.locale';
const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/**
 * The saved setting lives in main; this copy only avoids a flash of the wrong
 * language while that setting loads.
 */
function localeHint(): Locale {
  try {
    const hint = localStorage.getItem(LOCALE_HINT_KEY);
    return isLocale(hint) ? hint : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: localeHint(),
  fallbackLng: 'zh-CN',
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
dayjs.locale(DAYJS_LOCALE[localeHint()]);
document.documentElement.lang = localeHint();

/** Switches i18next, dayjs and the document language together. */
export function applyLocale(locale: Locale): void {
  void i18n.changeLanguage(locale);
  dayjs.locale(DAYJS_LOCALE[locale]);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(LOCALE_HINT_KEY, locale);
  } catch {
    // Storage may be unavailable; the setting in main still holds the choice.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

export { i18n };
