import { DAY_BEFORE, HOURS_BEFORE, item, t, type BuiltInTemplate } from './built-in-shape';

/*
 * Preparation before a visit (DIGEST 01): venue and equipment, security and
 * confidentiality, atmosphere and signage, emergencies, and a VIP's courtesies.
 * Due times hang on the arrival, so they move with the plan.
 */

const venue: BuiltInTemplate = {
  key: 'prep.venue',
  name: t('场地与设备', 'Venue and equipment'),
  kind: 'preparation',
  levels: [],
  visitTypes: [],
  clientTiers: [],
  sections: [
    {
      title: t('场地清洁', 'Cleaning'),
      items: [
        item('会议室清洁完毕（桌面、地面、垃圾桶）', 'Meeting room cleaned (tables, floor, bins)', { department: 'cleaning', at: HOURS_BEFORE(2) }),
        item('洗手间检查并补充纸巾、洗手液', 'Restrooms checked; tissues and soap restocked', { department: 'cleaning', at: -60 }),
        item('接待区与通道整洁无杂物', 'Reception area and corridors tidy and clear', { department: 'cleaning', at: -60 }),
      ],
    },
    {
      title: t('设备测试', 'Equipment test'),
      items: [
        item('投影仪 / 大屏开机测试，演示文稿试播一遍', 'Projector / screen switched on; slides played through once', { department: 'it', at: HOURS_BEFORE(2) }),
        item('音响与麦克风测试，备用电池就位', 'Audio and microphones tested; spare batteries ready', { department: 'it', at: -60 }),
        item('网络与访客 Wi-Fi 可用，账号密码已打印', 'Network and guest Wi-Fi working; login printed', { department: 'it', at: DAY_BEFORE }),
        item('视频会议设备连通测试（如需）', 'Video-conference link tested (if needed)', { department: 'it', at: -60, optional: true }),
      ],
    },
    {
      title: t('物品与茶水', 'Supplies and tea'),
      items: [
        item('文具就位：纸、笔、桌签', 'Stationery in place: paper, pens, table cards', { at: -60 }),
        item('茶水、饮用水与杯具准备', 'Tea, drinking water and cups ready', { department: 'catering', at: -30 }),
        item('茶歇按人数准备（含饮食禁忌）', 'Tea break for the headcount (dietary needs noted)', { department: 'catering', at: -30, optional: true }),
      ],
    },
  ],
  materials: [
    { kind: 'room', name: t('会议室', 'Meeting room'), perGuest: 0, fixed: 1 },
    { kind: 'teaBreak', name: t('茶歇（每位来宾）', 'Tea break (per guest)'), perGuest: 1, fixed: 0 },
  ],
};

const security: BuiltInTemplate = {
  key: 'prep.security',
  name: t('安全与保密', 'Security and confidentiality'),
  kind: 'preparation',
  levels: [],
  visitTypes: [],
  clientTiers: [],
  sections: [
    {
      title: t('消防与通道', 'Fire safety and exits'),
      items: [
        item('消防通道畅通，灭火器在位可用', 'Fire exits clear; extinguishers in place', { department: 'security', at: DAY_BEFORE }),
        item('已通知安保：来访时间、人数与车辆', 'Security told the time, headcount and vehicles', { department: 'security', at: DAY_BEFORE }),
      ],
    },
    {
      title: t('保密', 'Confidentiality'),
      items: [
        item('敏感文件、白板与屏幕内容已收好或上锁', 'Sensitive papers, whiteboards and screens cleared or locked', { at: -60 }),
        item('参观路线上的保密区域已关闭或遮挡', 'Confidential areas on the route closed or screened', { department: 'security', at: -60 }),
        item('已向陪同人员提醒保密要求', 'Escorting staff reminded of confidentiality', { at: -30 }),
      ],
    },
  ],
  materials: [],
};

const signage: BuiltInTemplate = {
  key: 'prep.signage',
  name: t('氛围与标识', 'Atmosphere and signage'),
  kind: 'preparation',
  levels: ['vip', 'key'],
  visitTypes: [],
  clientTiers: [],
  sections: [
    {
      title: t('欢迎与标识', 'Welcome and signs'),
      items: [
        item('欢迎横幅 / 欢迎屏文字已核对（单位名称、职务）', 'Welcome banner / screen text checked (organisation, titles)', { department: 'admin', at: DAY_BEFORE }),
        item('电子屏显示欢迎词', 'Displays show the welcome message', { department: 'it', at: -60 }),
        item('指引标识已摆放（会议室、洗手间、电梯）', 'Way-finding signs placed (rooms, restrooms, lifts)', { at: -60 }),
        item('入口安排引导人员', 'A guide stationed at the entrance', { role: 'greeter', at: -15 }),
        item('绿植与桌签布置', 'Plants and table cards arranged', { department: 'admin', at: HOURS_BEFORE(2), optional: true }),
      ],
    },
  ],
  materials: [{ kind: 'printed', name: t('宣传资料（每位来宾，另备 2 份）', 'Printed material (per guest, 2 spare)'), perGuest: 1, fixed: 2 }],
};

const emergency: BuiltInTemplate = {
  key: 'prep.emergency',
  name: t('应急预案', 'Emergency plan'),
  kind: 'preparation',
  levels: ['vip', 'key'],
  visitTypes: [],
  clientTiers: [],
  sections: [
    {
      title: t('应急准备', 'Emergency readiness'),
      items: [
        item('设备故障备用方案：备用电脑、投影、翻页笔', 'Equipment failure fallback: spare laptop, projector, clicker', { department: 'it', at: DAY_BEFORE }),
        item('恶劣天气预案：雨具、改线、延期通知', 'Bad weather plan: umbrellas, other route, postponement notice', { department: 'logistics', at: DAY_BEFORE }),
        item('备用会议室已预留', 'Spare meeting room held', { department: 'admin', at: DAY_BEFORE }),
        item('备用车辆已预留', 'Spare vehicle held', { department: 'logistics', at: DAY_BEFORE }),
        item('应急联系人与集合点已告知团队', 'Team told the emergency contacts and assembly point', { department: 'security', at: HOURS_BEFORE(2) }),
      ],
    },
  ],
  materials: [],
};

const courtesy: BuiltInTemplate = {
  key: 'prep.vipCourtesy',
  name: t('贵宾礼遇', 'VIP courtesies'),
  kind: 'preparation',
  levels: ['vip'],
  visitTypes: [],
  clientTiers: [],
  sections: [
    {
      title: t('礼遇安排', 'Courtesies'),
      items: [
        item('礼品已准备并包装', 'Gifts prepared and wrapped', { department: 'admin', at: DAY_BEFORE }),
        item('公司领导会见时间已确认', 'Meeting with company leadership confirmed', { department: 'admin', at: DAY_BEFORE }),
        item('贵宾休息室已整理', 'VIP lounge made ready', { department: 'cleaning', at: -60 }),
        item('停车位已预留并通知安保', 'Parking reserved and security told', { department: 'security', at: HOURS_BEFORE(2) }),
      ],
    },
  ],
  materials: [{ kind: 'gift', name: t('礼品（每位来宾）', 'Gift (per guest)'), perGuest: 1, fixed: 0 }],
};

export const PREPARATION_BUILT_INS: BuiltInTemplate[] = [venue, security, signage, emergency, courtesy];
