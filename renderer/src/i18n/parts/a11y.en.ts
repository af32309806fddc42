import type { DeepStrings } from '../messages';
import type { a11yZh } from './a11y.zh-CN';

/** Screen-reader names; same keys as the zh-CN part. */
export const a11yEn: DeepStrings<typeof a11yZh> = {
  userMenu: '{{name}}, account menu',
  revealId: '{{id}}, show the full ID number',
};
