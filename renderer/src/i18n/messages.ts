import type { zhCN } from './zh-CN';

/** The shape of a translation: the zh-CN tree with every leaf a string. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export type Messages = DeepStrings<typeof zhCN>;
