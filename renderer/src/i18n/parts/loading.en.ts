import type { DeepStrings } from '../messages';
import type { loadingZh } from './loading.zh-CN';

/** Loading labels; same keys as the zh-CN part. */
export const loadingEn: DeepStrings<typeof loadingZh> = {
  screen: 'Opening…',
};
