import type { Page } from '@playwright/test';

/**
 * Finds words on the current page that never went through translation: what a
 * person sees (visible text) or hears (aria-label, title, placeholder, alt) that
 * is an i18n key (`plans.view`), an identifier from the code (`badgeNos`,
 * `resident_id`), raw JSON, or — in the Chinese UI — English words at all.
 *
 * Kept as one exported function so any spec can run it on any screen:
 *   expect(await findUntranslatedText(page)).toEqual([]);
 */

export interface UntranslatedText {
  /** The whole text or attribute value the finding is in. */
  text: string;
  /** The part that gave it away. */
  match: string;
  /** `text`, or the attribute it came from. */
  source: 'text' | 'aria-label' | 'title' | 'placeholder' | 'alt';
  /** Why: key, camelCase, snake_case, json, english. */
  kind: 'key' | 'camelCase' | 'snake_case' | 'json' | 'english';
  /** A short CSS-like path to the element, to find it. */
  where: string;
}

export interface ScanOptions {
  /** The UI language being checked; by default the page's `<html lang>`. */
  locale?: 'zh-CN' | 'en';
  /** Text the test itself typed (names, logins, companies): data, not UI words. */
  userData?: readonly string[];
}

/**
 * Latin words a Chinese UI legitimately shows, and why:
 * - PDF, CSV, Excel, PNG, JPEG, A4, KB: names of file formats, paper and file sizes everyone in the office uses in Latin;
 * - ID: printed on Chinese documents too ("ID 号"), and the badge's barcode label;
 * - VIP: the reception level's own name in Chinese usage;
 * - mm: the unit of label sizes (101×54 mm);
 * - Ctrl, Alt, Shift, Esc, Enter, Tab, F1–F12: keys named as printed on the keyboard.
 */
export const LATIN_ALLOWED_IN_CHINESE: readonly string[] = ['PDF', 'CSV', 'Excel', 'PNG', 'JPEG', 'A4', 'KB', 'MB', 'GB', 'TB', 'ID', 'VIP', 'mm', 'Ctrl', 'Alt', 'Shift', 'Esc', 'Enter', 'Tab'];

export async function findUntranslatedText(page: Page, options: ScanOptions = {}): Promise<UntranslatedText[]> {
  return page.evaluate(
    ({ locale, userData, allowed }) => {
      const lang = locale ?? (document.documentElement.lang === 'en' ? 'en' : 'zh-CN');
      const allowedWords = new Set(allowed);
      const findings: UntranslatedText[] = [];

      const visible = (el: Element) => {
        if (el.closest('script, style, noscript, template, [hidden], [aria-hidden="true"]')) return false;
        if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      };
      const where = (el: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          const testId = e.getAttribute('data-testid');
          parts.unshift(testId ? `[data-testid=${testId}]` : `${e.tagName.toLowerCase()}${e.classList[0] ? `.${e.classList[0]}` : ''}`);
          if (testId) break;
        }
        return parts.join(' > ');
      };
      /** What people typed is theirs; e-mail addresses and web addresses are data too. */
      const withoutData = (text: string) => {
        let rest = text.replace(/\S+@\S+\.\w+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
        for (const value of userData) if (value) rest = rest.split(value).join(' ');
        return rest;
      };

      const RULES: [UntranslatedText['kind'], RegExp][] = [
        // An i18n key or a dotted code: plans.view, audit.columns.time, visit.checkIn.
        // Parts of two letters or more, so abbreviations (e.g., i.e.) are not keys.
        ['key', /\b[a-z][a-zA-Z0-9]+(?:\.[a-zA-Z][a-zA-Z0-9_]+)+\b/],
        // A camelCase identifier: badgeNos, layoutId, newVisitor.
        ['camelCase', /\b[a-z]+[A-Z][a-zA-Z0-9]*\b/],
        // A snake_case identifier: resident_id, in_progress.
        ['snake_case', /\b[a-zA-Z]+_[a-zA-Z0-9_]+\b/],
        // Raw JSON: braces, or a quoted key and its colon.
        ['json', /[{}]|"\w+"\s*:/],
      ];
      const check = (raw: string, source: UntranslatedText['source'], el: Element) => {
        const text = raw.replace(/\s+/g, ' ').trim();
        if (!text) return;
        const rest = withoutData(text);
        for (const [kind, rule] of RULES) {
          const m = rule.exec(rest);
          if (m) {
            findings.push({ text, match: m[0], source, kind, where: where(el) });
            return;
          }
        }
        if (lang === 'zh-CN') {
          // Latin words of two letters or more; single letters (A/B 角, ×) and codes with digits (V2611270001, 101×54) are not words.
          for (const [word] of rest.matchAll(/(?<![\w-])[A-Za-z]{2,}(?![\w-])/g)) {
            if (!allowedWords.has(word)) {
              findings.push({ text, match: word, source, kind: 'english', where: where(el) });
              return;
            }
          }
        }
      };

      /**
       * Text marked as another language is that language on purpose, and says so
       * to screen readers: the language switch's "English", the badge's "VISITOR".
       */
      const otherLanguage = (el: Element) => {
        const marked = el.closest('[lang]')?.getAttribute('lang') ?? '';
        return marked !== '' && !marked.toLowerCase().startsWith(lang === 'en' ? 'en' : 'zh');
      };

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        // Text inside form fields is what the user typed.
        if (el && visible(el) && !otherLanguage(el) && !el.closest('textarea, [contenteditable="true"]')) check(node.textContent ?? '', 'text', el);
      }
      const ATTRS = ['aria-label', 'title', 'placeholder', 'alt'] as const;
      for (const el of document.body.querySelectorAll(ATTRS.map((a) => `[${a}]`).join(','))) {
        if (!visible(el) || otherLanguage(el)) continue;
        for (const attr of ATTRS) {
          const value = el.getAttribute(attr);
          if (value) check(value, attr, el);
        }
      }
      return findings;
    },
    { locale: options.locale, userData: [...(options.userData ?? [])], allowed: [...LATIN_ALLOWED_IN_CHINESE] },
  );
}
