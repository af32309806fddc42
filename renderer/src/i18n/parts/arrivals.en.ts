import type { DeepStrings } from '../messages';
import type { arrivalsZh } from './arrivals.zh-CN';

/** Desk: expected arrivals; same keys as the zh-CN part. */
export const arrivalsEn: DeepStrings<typeof arrivalsZh> = {
  title: 'Desk',
};
