import { VALUE_LABELS } from '../../../../contract/labels';
import type { DeepStrings } from '../messages';
import type { planWordsZh } from './planWords.zh-CN';

/** A plan's statuses, reception levels and warnings. */
export const planWordsEn: DeepStrings<typeof planWordsZh> = {
  planStatus: VALUE_LABELS.en.planStatus,
  receptionLevels: VALUE_LABELS.en.receptionLevel,
  planWarnings: VALUE_LABELS.en.planWarning,
};
