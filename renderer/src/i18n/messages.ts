import type { zhCN } from './zh-CN';

/**
 * Plural forms: Chinese has one (`key_other`); English adds `key_one` beside
 * it, which this allows wherever the Chinese tree has `key_other`
 * (tests/unit/i18n-coverage.test.ts requires it).
 */
type PluralOnes<T> = { [K in keyof T as K extends `${infer Base}_other` ? `${Base}_one` : never]?: string };

/** The shape of a translation: the zh-CN tree with every leaf a string. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> } & PluralOnes<T>;

export type Messages = DeepStrings<typeof zhCN>;
