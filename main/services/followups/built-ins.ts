import type { LocalText } from '../../../contract/checklists';

export interface BuiltInFollowupTemplate {
  key: string;
  name: LocalText;
  steps: { title: LocalText; offsetDays: number }[];
}

/** The shipped sequences (DIGEST 04): the standard client follow-up, and the care after a visit. */
export const BUILT_IN_FOLLOWUP_TEMPLATES: BuiltInFollowupTemplate[] = [
  {
    key: 'clientStandard',
    name: { zh: '客户跟进标准流程', en: 'Standard client follow-up' },
    steps: [
      { title: { zh: '首次联系', en: 'First contact' }, offsetDays: 1 },
      { title: { zh: '需求确认', en: 'Confirm needs' }, offsetDays: 3 },
      { title: { zh: '方案提交', en: 'Submit proposal' }, offsetDays: 7 },
      { title: { zh: '商务洽谈', en: 'Negotiation' }, offsetDays: 14 },
    ],
  },
  {
    key: 'postVisit',
    name: { zh: '访后回访', en: 'Post-visit care' },
    steps: [
      { title: { zh: '致谢回访', en: 'Thank-you call' }, offsetDays: 1 },
      { title: { zh: '一周回访', en: 'One-week check-in' }, offsetDays: 7 },
    ],
  },
];
