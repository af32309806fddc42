import type { DeepStrings } from '../messages';
import type { wordsZh } from './words.zh-CN';

/** Words added while translating every screen (issue 9); same keys as the zh-CN part. */
export const wordsEn: DeepStrings<typeof wordsZh> = {
  audit: {
    field: 'Field',
  },
  resources: {
    kindFilter: 'Filter by kind',
  },
  select: {
    all: 'Select all on this page',
    row: 'Select {{name}}',
  },
};
