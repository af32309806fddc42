/** The interface and print languages. In a file of its own so the session and the print contract share it without importing each other. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
