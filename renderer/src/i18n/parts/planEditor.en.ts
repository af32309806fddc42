import type { DeepStrings } from '../messages';
import type { planEditorZh } from './planEditor.zh-CN';

/** Plan editor: basics, guests, itinerary; same keys as the zh-CN part. */
export const planEditorEn: DeepStrings<typeof planEditorZh> = {
  title: 'Plan editor',
};
