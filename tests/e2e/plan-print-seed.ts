import { signedInUserId } from './account-manager';
/**
 * Realistic reception plans for the printout tests (unit and e2e): a two-day
 * VIP visit of twelve with a dinner, two vehicles and a spare, a full A/B
 * team; and five more visits on the same day for the daily schedule. Plain
 * TypeScript over any `call(channel, input)`, so Vitest and Playwright share it.
 */
export type Call = <T = { id: string }>(name: string, input: unknown) => Promise<T>;

export const VIP_DAY = '2026-11-28';
const NEXT_DAY = '2026-11-29';

interface Guest {
  name: string;
  title: string;
  phone: string;
  lead?: boolean;
  diet?: string;
  transport?: string;
  accessibility?: string;
  other?: string;
  idNumber?: string;
}

const VIP_GUESTS: Guest[] = [
  { name: '王建国', title: '董事长', phone: '13901010001', lead: true, diet: '不吃辣', transport: '虹桥机场接机', idNumber: '11010519491231002X' },
  { name: '刘晓梅', title: '总经理', phone: '13901010002', diet: '素食' },
  { name: '陈志强', title: '副总经理', phone: '13901010003' },
  { name: '赵敏', title: '财务总监', phone: '13901010004' },
  { name: '孙立军', title: '技术总监', phone: '13901010005', accessibility: '膝部旧伤，尽量安排电梯' },
  { name: '周婷', title: '采购部部长', phone: '13901010006' },
  { name: '吴磊', title: '战略规划部经理', phone: '13901010007' },
  { name: '郑欣', title: '办公室主任', phone: '13901010008', other: '负责对接会务材料' },
  { name: '冯涛', title: '高级工程师', phone: '13901010009', diet: '清真' },
  { name: '褚晓燕', title: '商务经理', phone: '13901010010' },
  { name: 'Hans Müller', title: '外籍技术顾问', phone: '+4915112345678', diet: 'No pork', other: '需要英文资料' },
  // The longest phones the contract allows, in a column of their own: an international number (no dash) and, for 周琳, a landline with its extension.
  { name: '蒋玲', title: '翻译', phone: '+441234567890123' },
];

const at = (day: string, time: string) => `${day}T${time}`;

const VIP_ITINERARY = [
  [VIP_DAY, '09:30', '10:00', '抵达接待，贵宾室茶歇', '一号楼贵宾室', '李娜', '提前 15 分钟在大堂等候，摆放欢迎牌'],
  [VIP_DAY, '10:00', '11:30', '公司介绍与战略交流会', '三楼大会议室', '张伟', '投影与同传设备提前一天调试'],
  [VIP_DAY, '11:30', '12:00', '参观企业展厅', '一号楼展厅', '王芳', ''],
  [VIP_DAY, '12:00', '13:30', '工作午餐', '员工餐厅贵宾间', '陈静', '一位素食、一位清真、一位不吃猪肉'],
  [VIP_DAY, '14:00', '16:30', '参观智能制造产线', '二号厂房', '刘洋', '安全帽、鞋套 14 套；产线区域禁止拍照'],
  [VIP_DAY, '16:30', '17:30', '技术座谈', '研发中心 501', '张伟', ''],
  [VIP_DAY, '18:30', '20:30', '欢迎晚宴', '外滩华尔道夫酒店 宴会厅', '李娜', '主桌 12 人，总经理致欢迎辞'],
  [NEXT_DAY, '09:00', '11:00', '战略合作洽谈', '三楼大会议室', '张伟', '仅限双方高层'],
  [NEXT_DAY, '11:00', '11:30', '签约仪式', '三楼大会议室', '王芳', '签约台、背景板、摄影'],
  [NEXT_DAY, '11:30', '13:00', '午餐', '员工餐厅贵宾间', '陈静', ''],
  [NEXT_DAY, '13:30', '15:00', '送机', '浦东国际机场 T2', '赵磊', '两辆商务车'],
] as const;

const VIP_TEAM = [
  { role: 'greeter', primaryName: '李娜', primaryPhone: '13812345678', backupName: '陈静', backupPhone: '13912345678' },
  { role: 'presenter', primaryName: '张伟', primaryPhone: '13700001111', backupName: '王芳', backupPhone: '13700002222' },
  { role: 'noteTaker', primaryName: '周琳', primaryPhone: '0755-12345678-123456' },
  { role: 'logistics', primaryName: '赵磊', primaryPhone: '13500004444', backupName: '孙浩', backupPhone: '13500005555' },
  { role: 'custom', customLabel: '翻译', primaryName: '蒋文', primaryPhone: '13300006666' },
];

export const RESOURCES = {
  bigRoom: { kind: 'room', name: '三楼大会议室', capacity: 30 },
  lab: { kind: 'room', name: '研发中心 501', capacity: 12 },
  vipLounge: { kind: 'room', name: '一号楼贵宾室', capacity: 10 },
  spareRoom: { kind: 'room', name: '二楼小会议室', capacity: 10 },
  roomA: { kind: 'room', name: '四楼洽谈室 A', capacity: 8 },
  roomB: { kind: 'room', name: '四楼洽谈室 B', capacity: 8 },
  coaster: { kind: 'vehicle', name: '沪A·12345 丰田考斯特', capacity: 20 },
  gl8: { kind: 'vehicle', name: '沪A·66888 别克 GL8', capacity: 7 },
  spareGl8: { kind: 'vehicle', name: '沪A·77999 别克 GL8', capacity: 7 },
  sedan: { kind: 'vehicle', name: '沪A·55123 奥迪 A6L', capacity: 4 },
} as const;
export type ResourceIds = Record<keyof typeof RESOURCES, string>;

export async function seedResources(call: Call): Promise<ResourceIds> {
  const ids: Partial<ResourceIds> = {};
  for (const [key, r] of Object.entries(RESOURCES)) ids[key as keyof ResourceIds] = (await call('resources.create', r)).id;
  return ids as ResourceIds;
}

async function seedGuests(call: Call, guests: Guest[], clientId: string | null, company = ''): Promise<string[]> {
  const ids: string[] = [];
  for (const g of guests) {
    const person = await call('people.create', {
      name: g.name,
      title: g.title,
      phone: g.phone,
      ...(clientId ? { clientId } : { company }),
      ...(g.idNumber ? { idType: 'resident_id', idNumber: g.idNumber } : {}),
      confirmNew: true,
    });
    ids.push(person.id);
  }
  return ids;
}

function guestRows(guests: Guest[], ids: string[]) {
  return guests.map((g, i) => ({
    personId: ids[i],
    isLead: Boolean(g.lead),
    needs: { diet: g.diet ?? '', transport: g.transport ?? '', accessibility: g.accessibility ?? '', other: g.other ?? '' },
  }));
}

/** The two-day VIP visit, confirmed. */
export async function seedVipVisit(call: Call, res: ResourceIds): Promise<string> {
  const client = await call('clients.create', { name: '中国东方电气集团有限公司', tier: 'vip', industry: '能源装备', accountManagerUserId: await signedInUserId(call) });
  const guestIds = await seedGuests(call, VIP_GUESTS, client.id);
  const plan = await call('plans.create', {
    title: '东方电气集团高层考察交流',
    clientId: client.id,
    level: 'vip',
    purpose: '考察智能制造产线，洽谈 2027 年度战略合作并签署框架协议',
    arrivalAt: at(VIP_DAY, '09:30'),
    departureAt: at(NEXT_DAY, '15:00'),
    expectedHeadcount: 12,
    needs: { diet: '两位有饮食禁忌（素食、清真）', transport: '虹桥机场接机、浦东机场送机', accessibility: '', other: '全程需英文翻译一名' },
    notes: '客户对交付周期较为关注，交流会上由张伟重点介绍产能扩建计划。晚宴座次见附表，不对外公开。',
  });
  await call('plans.setGuests', { planId: plan.id, guests: guestRows(VIP_GUESTS, guestIds) });
  await call('plans.saveItinerary', {
    planId: plan.id,
    items: VIP_ITINERARY.map(([day, from, to, activity, place, responsible, notes]) => ({ startsAt: at(day, from), endsAt: at(day, to), activity, place, responsible, notes })),
  });
  await call('plans.setTeam', { planId: plan.id, members: VIP_TEAM });
  const book = (resourceId: string, day: string, from: string, to: string, spare = false) => ({ resourceId, startsAt: at(day, from), endsAt: at(day, to), spare });
  await call('plans.setBookings', {
    planId: plan.id,
    bookings: [
      book(res.vipLounge, VIP_DAY, '09:00', '10:30'),
      book(res.bigRoom, VIP_DAY, '09:30', '11:30'),
      book(res.lab, VIP_DAY, '16:00', '17:30'),
      book(res.spareRoom, VIP_DAY, '09:00', '18:00', true),
      book(res.bigRoom, NEXT_DAY, '08:30', '11:30'),
      book(res.coaster, VIP_DAY, '08:00', '21:00'),
      book(res.gl8, VIP_DAY, '08:00', '21:00'),
      book(res.spareGl8, VIP_DAY, '08:00', '21:00', true),
      book(res.coaster, NEXT_DAY, '12:30', '16:00'),
    ],
  });
  await call('plans.transition', { id: plan.id, to: 'confirmed' });
  return plan.id;
}

interface SmallVisit {
  title: string;
  client: string | null;
  level: 'vip' | 'key' | 'normal';
  from: string;
  to: string;
  guests: Guest[];
  extraHeadcount?: number;
  greeter: [string, string, string, string];
  bookings: [keyof ResourceIds, string, string][];
  items: [string, string, string, string][];
  draft?: boolean;
}

const SMALL_VISITS: SmallVisit[] = [
  {
    title: '宁德时代供应链对接会',
    client: '宁德时代新能源科技股份有限公司',
    level: 'key',
    from: '10:00',
    to: '12:00',
    guests: [
      { name: '黄海涛', title: '采购总监', phone: '13602020001', lead: true },
      { name: '林晓', title: '供应链经理', phone: '13602020002' },
      { name: '何静', title: '质量工程师', phone: '13602020003' },
    ],
    greeter: ['王芳', '13700002222', '孙浩', '13500005555'],
    bookings: [['roomA', '09:45', '12:00']],
    items: [
      ['10:00', '11:30', '供应链与质量体系对接', '四楼洽谈室 A'],
      ['11:30', '12:00', '参观质检中心', '三号楼一层'],
    ],
  },
  {
    title: '上海交通大学师生参观',
    client: '上海交通大学机械与动力工程学院',
    level: 'normal',
    from: '13:30',
    to: '16:00',
    guests: [{ name: '马晓东', title: '副教授', phone: '13802030001', lead: true }],
    extraHeadcount: 15,
    greeter: ['周琳', '0755-12345678-123456', '', ''],
    bookings: [['roomB', '13:30', '14:30']],
    items: [
      ['13:30', '14:30', '企业介绍与校友分享', '四楼洽谈室 B'],
      ['14:30', '16:00', '参观展厅与产线', '一号楼展厅'],
    ],
  },
  {
    title: '德国西门子技术交流',
    client: 'Siemens AG',
    level: 'key',
    from: '14:00',
    to: '17:00',
    guests: [
      { name: 'Thomas Becker', title: 'Head of Digital Industries', phone: '+4917012345678', lead: true },
      { name: 'Anna Schmidt', title: 'Solution Architect', phone: '+4917012345679' },
    ],
    greeter: ['蒋文', '13300006666', '周琳', '0755-12345678-123456'],
    bookings: [['sedan', '13:00', '18:00']],
    items: [
      ['14:00', '15:30', 'MES 系统联合开发讨论', '研发中心 502'],
      ['15:30', '17:00', '工厂数字化现场演示', '二号厂房'],
    ],
  },
  {
    title: '张总个人来访',
    client: null,
    level: 'normal',
    from: '16:00',
    to: '17:00',
    guests: [{ name: '张国华', title: '华东区域代理商', phone: '13903040001', lead: true }],
    greeter: ['陈静', '13912345678', '', ''],
    bookings: [],
    items: [['16:00', '17:00', '代理合作续约洽谈', '二楼小会议室旁 203']],
  },
  {
    title: '市应急管理局安全检查',
    client: '上海市应急管理局',
    level: 'key',
    from: '08:30',
    to: '10:00',
    guests: [
      { name: '李卫国', title: '科长', phone: '13004050001', lead: true },
      { name: '邓超', title: '科员', phone: '13004050002' },
    ],
    greeter: ['赵磊', '13500004444', '孙浩', '13500005555'],
    bookings: [],
    items: [
      ['08:30', '09:15', '消防通道与应急设备检查', '全厂区'],
      ['09:15', '10:00', '安全台账查阅', '安环部办公室'],
    ],
  },
];

/** Five more visits on the VIP visit's first day, confirmed, so the day's schedule has six. */
export async function seedBusyDay(call: Call, res: ResourceIds): Promise<string[]> {
  const ids: string[] = [];
  for (const v of SMALL_VISITS) {
    const manager = v.level === 'vip' ? { accountManagerUserId: await signedInUserId(call) } : {};
    const client = v.client ? await call('clients.create', { name: v.client, tier: v.level, ...manager }) : null;
    const guestIds = await seedGuests(call, v.guests, client?.id ?? null, v.client ? '' : '华东贸易有限公司');
    const plan = await call('plans.create', {
      title: v.title,
      clientId: client?.id ?? null,
      level: v.level,
      arrivalAt: at(VIP_DAY, v.from),
      departureAt: at(VIP_DAY, v.to),
      expectedHeadcount: v.guests.length + (v.extraHeadcount ?? 0),
    });
    await call('plans.setGuests', { planId: plan.id, guests: guestRows(v.guests, guestIds) });
    await call('plans.saveItinerary', { planId: plan.id, items: v.items.map(([from, to, activity, place]) => ({ startsAt: at(VIP_DAY, from), endsAt: at(VIP_DAY, to), activity, place })) });
    const [primaryName, primaryPhone, backupName, backupPhone] = v.greeter;
    await call('plans.setTeam', { planId: plan.id, members: [{ role: 'greeter', primaryName, primaryPhone, backupName, backupPhone }] });
    if (v.bookings.length) {
      await call('plans.setBookings', { planId: plan.id, bookings: v.bookings.map(([r, from, to]) => ({ resourceId: res[r], startsAt: at(VIP_DAY, from), endsAt: at(VIP_DAY, to) })) });
    }
    await call('plans.transition', { id: plan.id, to: 'confirmed' });
    ids.push(plan.id);
  }
  return ids;
}
