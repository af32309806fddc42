import type { DeepStrings } from '../messages';
import type { plansZh } from './plans.zh-CN';

/** Plans screen: calendar, list, resources; same keys as the zh-CN part. */
export const plansEn: DeepStrings<typeof plansZh> = {
  title: 'Plans screen',
};
