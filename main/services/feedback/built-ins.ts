import type { LocalText } from '../../../contract/checklists';
import type { FeedbackScenario, QuestionKind } from '../../../contract/feedback';

/** A shipped question as written in code; its id is given when the questionnaire is seeded (then kept). */
export interface BuiltInQuestion {
  kind: QuestionKind;
  text: LocalText;
  required: boolean;
  options: LocalText[];
  multiple: boolean;
}

/** A shipped questionnaire; `key` is stable for ever (seeding is idempotent by it, a manager's edits are kept). */
export interface BuiltInQuestionnaire {
  key: string;
  name: LocalText;
  scenario: FeedbackScenario;
  questions: BuiltInQuestion[];
}

const t = (zh: string, en: string): LocalText => ({ zh, en });
const rating = (zh: string, en: string): BuiltInQuestion => ({ kind: 'rating', text: t(zh, en), required: true, options: [], multiple: false });
const comments = (zh = '还有什么想告诉我们的吗？', en = 'Anything else you would like to tell us?'): BuiltInQuestion => ({
  kind: 'text',
  text: t(zh, en),
  required: false,
  options: [],
  multiple: false,
});
const recommend: BuiltInQuestion = {
  kind: 'choice',
  text: t('您愿意向同事或朋友推荐我们的接待服务吗？', 'Would you recommend our reception to a colleague or friend?'),
  required: false,
  options: [t('愿意', 'Yes'), t('不确定', 'Not sure'), t('不愿意', 'No')],
  multiple: false,
};

/**
 * The questionnaires a new desk starts with, one per service scenario of the
 * workflow (DIGEST 03): the overall rating first, so every questionnaire's
 * score compares, then the points that scenario's staff can act on.
 */
export const BUILT_IN_QUESTIONNAIRES: BuiltInQuestionnaire[] = [
  {
    key: 'reception',
    name: t('接待服务满意度', 'Reception satisfaction'),
    scenario: 'reception',
    questions: [
      rating('总体满意度', 'Overall satisfaction'),
      rating('迎接与问候', 'Welcome and greeting'),
      rating('引导与指引', 'Guidance and directions'),
      rating('环境与设施', 'Environment and facilities'),
      recommend,
      comments(),
    ],
  },
  {
    key: 'meeting',
    name: t('会议服务满意度', 'Meeting satisfaction'),
    scenario: 'meeting',
    questions: [
      rating('总体满意度', 'Overall satisfaction'),
      rating('会议室与设备', 'Meeting room and equipment'),
      rating('茶歇与饮品', 'Refreshments'),
      rating('会务人员服务', 'Meeting staff'),
      {
        kind: 'choice',
        text: t('哪些方面需要改进？（可多选）', 'What should we improve? (choose any)'),
        required: false,
        options: [t('投影与音响', 'Projector and sound'), t('网络', 'Network'), t('室温', 'Room temperature'), t('茶歇', 'Refreshments'), t('准时', 'Punctuality')],
        multiple: true,
      },
      comments(),
    ],
  },
  {
    key: 'dining',
    name: t('用餐服务满意度', 'Dining satisfaction'),
    scenario: 'dining',
    questions: [
      rating('总体满意度', 'Overall satisfaction'),
      rating('菜品口味', 'Taste of the food'),
      rating('上菜与服务', 'Service at the table'),
      rating('用餐环境', 'Dining room'),
      comments('对菜品或服务的建议', 'Suggestions about the food or the service'),
    ],
  },
  {
    key: 'transport',
    name: t('交通服务满意度', 'Transport satisfaction'),
    scenario: 'transport',
    questions: [
      rating('总体满意度', 'Overall satisfaction'),
      rating('准时接送', 'Punctual pick-up and drop-off'),
      rating('车辆整洁舒适', 'Clean and comfortable vehicle'),
      rating('司机服务与驾驶安全', 'Driver courtesy and safe driving'),
      comments(),
    ],
  },
  {
    key: 'general',
    name: t('综合满意度', 'General satisfaction'),
    scenario: 'general',
    questions: [
      rating('总体满意度', 'Overall satisfaction'),
      rating('工作人员的态度', 'Attitude of our staff'),
      rating('响应速度', 'How quickly we responded'),
      recommend,
      comments(),
    ],
  },
];
