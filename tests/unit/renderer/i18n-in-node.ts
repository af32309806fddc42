/**
 * The renderer's i18n module sets the page's language when it loads; under
 * Vitest (plain Node, no DOM) give it the one property it writes, then load it.
 * Import this before any module that imports renderer/src/i18n.
 */
const g = globalThis as { document?: unknown };
g.document ??= { documentElement: { lang: '' } };

export const { applyLocale, i18n } = await import('../../../renderer/src/i18n');
