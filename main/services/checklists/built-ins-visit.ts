import { DAY_BEFORE, HOURS_BEFORE, item, t, type BuiltInTemplate } from './built-in-shape';

/*
 * Duties per team role (DIGEST 01), the visit itself (DIGEST 02), after the
 * visit (DIGEST 04/06) and inspections (DIGEST 06). Duty items carry a role, so
 * their person is the plan's team member in it.
 */

const duties: BuiltInTemplate = {
  key: 'duties.team',
  name: t('人员分工', 'Team duties'),
  kind: 'duties',
  levels: [],
  visitTypes: [],
  clientTiers: [],
  sections: [
    {
      title: t('接待', 'Greeter'),
      items: [
        item('核对来宾名单与证件要求', 'Guest list and ID requirements checked', { role: 'greeter', at: DAY_BEFORE }),
        item('确认迎宾站位与迎接时间', 'Greeting position and time confirmed', { role: 'greeter', at: -30 }),
      ],
    },
    {
      title: t('讲解', 'Presenter'),
      items: [
        item('讲解词与演示材料定稿', 'Presentation script and slides final', { role: 'presenter', at: DAY_BEFORE }),
        item('讲解路线实地走一遍', 'Presentation route walked through', { role: 'presenter', at: HOURS_BEFORE(2) }),
      ],
    },
    {
      title: t('记录', 'Note-taker'),
      items: [
        item('会议记录模板与录音设备就绪', 'Minutes template and recorder ready', { role: 'noteTaker', at: -60 }),
        item('会议纪要整理发出', 'Minutes written up and sent', { role: 'noteTaker', after: 1440 }),
      ],
    },
    {
      title: t('后勤保障', 'Logistics'),
      items: [
        item('车辆与司机确认（接送时间、地点）', 'Cars and drivers confirmed (pick-up times, places)', { role: 'logistics', department: 'logistics', at: DAY_BEFORE }),
        item('用餐安排确认（含饮食禁忌）', 'Meals confirmed (dietary needs included)', { role: 'logistics', department: 'catering', at: DAY_BEFORE }),
      ],
    },
    {
      title: t('全体', 'Everyone'),
      items: [
        item('礼仪与着装提醒', 'Etiquette and dress-code brief', { at: DAY_BEFORE }),
        item('接待流程彩排', 'Rehearsal of the visit', { at: DAY_BEFORE, optional: true }),
      ],
    },
  ],
  materials: [],
};

const execution: BuiltInTemplate = {
  key: 'exec.visit',
  name: t('接待执行', 'On the day'),
  kind: 'execution',
  levels: [],
  visitTypes: [],
  clientTiers: [],
  sections: [
    {
      title: t('到达', 'Arrival'),
      items: [
        item('在入口按时迎接来宾', 'Guests greeted at the entrance on time', { role: 'greeter', at: 0 }),
        item('核验来宾身份证件并登记', 'Guests’ IDs checked and registered', { at: 10 }),
        item('告知隐私说明并取得同意', 'Privacy notice given and consent taken', { at: 10 }),
        item('发放访客证', 'Visitor badges handed out', { at: 10 }),
      ],
    },
    {
      title: t('陪同', 'Escort'),
      items: [
        item('引导路线，介绍洗手间与 Wi-Fi', 'Route shown; restrooms and Wi-Fi pointed out', { role: 'greeter', at: 15 }),
        item('全程陪同，来宾不单独进入办公区', 'Guests escorted throughout, never alone in office areas', { after: 0 }),
      ],
    },
    {
      title: t('离开', 'Departure'),
      items: [
        item('送别来宾并收回访客证', 'Guests seen off; badges collected', { after: 0 }),
        item('会议室复原，遗留物品登记', 'Room put back; items left behind logged', { department: 'cleaning', after: 60, optional: true }),
      ],
    },
  ],
  materials: [],
};

const after: BuiltInTemplate = {
  key: 'after.followUp',
  name: t('访后跟进', 'After the visit'),
  kind: 'after',
  levels: [],
  visitTypes: [],
  clientTiers: [],
  sections: [
    {
      title: t('跟进', 'Follow-up'),
      items: [
        item('发送满意度反馈邀请', 'Feedback request sent', { check: 'feedbackRequest', after: 240 }),
        item('24 小时内电话回访', 'Call back within 24 hours', { check: 'callBack', after: 1440 }),
        item('照片与纪要整理', 'Photos and minutes gathered', { after: 1440, optional: true }),
      ],
    },
    {
      title: t('归档', 'Filing'),
      items: [
        item('接待资料归档（方案、名单、纪要、反馈）', 'Visit papers filed (plan, guest list, minutes, feedback)', { check: 'filing', after: 3 * 1440 }),
        item('费用结算与报销', 'Costs settled and claimed', { department: 'admin', after: 7 * 1440, optional: true }),
      ],
    },
  ],
  materials: [],
};

/** Inspection templates are judged item by item by an inspector (contract/quality.ts), never copied onto a plan. */
const inspection = (key: string, name: [string, string], items: [string, string][]): BuiltInTemplate => ({
  key,
  name: t(...name),
  kind: 'inspection',
  levels: [],
  visitTypes: [],
  clientTiers: [],
  sections: [{ title: t('检查项', 'Checks'), items: items.map(([zh, en]) => item(zh, en)) }],
  materials: [],
});

const inspections: BuiltInTemplate[] = [
  inspection('inspect.service', ['服务规范检查', 'Service steps followed'], [
    ['按时在入口迎接', 'Guests greeted at the entrance on time'],
    ['核验证件并登记', 'IDs checked and registered'],
    ['告知隐私说明', 'Privacy notice given'],
    ['全程陪同', 'Guests escorted throughout'],
    ['礼貌用语与着装规范', 'Courteous language and dress code'],
    ['送别并收回访客证', 'Guests seen off and badges collected'],
  ]),
  inspection('inspect.facilities', ['设施检查', 'Facilities working'], [
    ['会议室设备完好（投影、音响、网络）', 'Room equipment works (projector, audio, network)'],
    ['洗手间整洁、用品充足', 'Restrooms clean and stocked'],
    ['指引标识清晰', 'Signs clear'],
    ['消防设施完好、通道畅通', 'Fire equipment in order, exits clear'],
    ['接待区整洁', 'Reception area tidy'],
  ]),
  inspection('inspect.emergency', ['应急演练检查', 'Emergency plan rehearsed'], [
    ['应急联系人名单为最新', 'Emergency contact list up to date'],
    ['集合点标识清楚', 'Assembly point clearly marked'],
    ['疏散路线畅通', 'Evacuation routes clear'],
    ['本季度已组织演练', 'A drill was held this quarter'],
    ['备用会议室与车辆可随时启用', 'Spare room and vehicle ready to use'],
  ]),
];

export const VISIT_BUILT_INS: BuiltInTemplate[] = [duties, execution, after, ...inspections];
