/**
 * A text kept in both languages (checklist templates and their copies). In a
 * file of its own, without zod, so the print route can show one without
 * loading the contract's schemas (tests/e2e/bundle-budget.spec.ts).
 */
export type LocalText = { zh: string; en: string };

/** The one rule for showing a two-language text: English when asked and written, else the Chinese. */
export function pickText(value: LocalText, locale: string): string {
  return locale === 'en' && value.en.trim() !== '' ? value.en : value.zh;
}
