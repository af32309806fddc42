import type { DeepStrings } from '../messages';
import type { planPrintZh } from './planPrint.zh-CN';

/** Plan printouts: itinerary, daily schedule, welcome sign; same keys as the zh-CN part. */
export const planPrintEn: DeepStrings<typeof planPrintZh> = {
  title: 'Plan printouts',
};
