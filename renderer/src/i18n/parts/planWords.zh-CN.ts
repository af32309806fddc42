import { VALUE_LABELS } from '../../../../contract/labels';
/** 接待方案的状态、接待级别与提醒. */
export const planWordsZh = {
  planStatus: VALUE_LABELS['zh-CN'].planStatus,
  receptionLevels: VALUE_LABELS['zh-CN'].receptionLevel,
  planWarnings: VALUE_LABELS['zh-CN'].planWarning,
} as const;
