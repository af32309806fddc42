import type { ScriptScenario } from '../../../contract/incidents';

export interface BuiltInScript {
  key: string;
  scenario: ScriptScenario;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  tags: string[];
}

/**
 * The standard replies a reception office starts with (DIGEST 02, problem
 * handling, and common 前台礼仪 practice): seeded once by key, then the
 * manager's to edit or switch off.
 */
export const BUILT_IN_SCRIPTS: BuiltInScript[] = [
  {
    key: 'greeting.arrival',
    scenario: 'greeting',
    title: { zh: '来访问候', en: 'Welcoming a visitor' },
    body: {
      zh: '您好，欢迎光临！请问您是来拜访哪位同事，或者办理什么事情？我来为您登记。',
      en: 'Good morning, welcome! May I ask whom you are visiting, or how I can help you today? I will sign you in.',
    },
    tags: ['迎宾', '登记'],
  },
  {
    key: 'greeting.appointment',
    scenario: 'greeting',
    title: { zh: '预约来宾接待', en: 'Receiving an expected guest' },
    body: {
      zh: '您好，是{公司}的{姓名}先生/女士吧？我们已经在等您了，请先在这里签到，我马上通知{接待人}来接您。',
      en: 'Hello, you must be {name} from {company}. We have been expecting you. Please sign in here; I will let {host} know you have arrived.',
    },
    tags: ['预约', 'VIP'],
  },
  {
    key: 'greeting.wait',
    scenario: 'greeting',
    title: { zh: '请来宾稍候', en: 'Asking a guest to wait' },
    body: {
      zh: '不好意思，{接待人}正在会议中，大约需要十分钟。请您在休息区稍坐，这里有茶水和无线网络，我会随时为您跟进。',
      en: 'I am sorry, {host} is in a meeting for about ten more minutes. Please have a seat in the lounge; there is tea and Wi-Fi, and I will keep you updated.',
    },
    tags: ['等候', '茶水'],
  },
  {
    key: 'complaint.listen',
    scenario: 'complaint',
    title: { zh: '受理投诉（先倾听）', en: 'Taking a complaint (listen first)' },
    body: {
      zh: '非常抱歉给您带来了不便。请您慢慢说，我会把情况完整记录下来，并由专人负责处理。',
      en: 'I am very sorry for the inconvenience. Please tell me what happened; I will write it all down and a named colleague will take care of it.',
    },
    tags: ['道歉', '记录'],
  },
  {
    key: 'complaint.timeLimit',
    scenario: 'complaint',
    title: { zh: '告知处理时限', en: 'Saying when it will be handled' },
    body: {
      zh: '您的问题已登记，编号是{编号}。负责同事会在{时限}前给您答复，处理结果出来后我们会在24小时内回访您。',
      en: 'Your case is registered as {code}. The colleague in charge will answer you by {deadline}, and we will call you back within 24 hours after it is solved.',
    },
    tags: ['时限', '回访'],
  },
  {
    key: 'complaint.escalate',
    scenario: 'complaint',
    title: { zh: '升级处理', en: 'Passing it up' },
    body: {
      zh: '这件事我理解您的着急，我已经请{负责人}亲自跟进，他/她会尽快与您联系。',
      en: 'I understand this is urgent for you. I have asked {manager} to follow it up personally; they will contact you shortly.',
    },
    tags: ['升级', '主管'],
  },
  {
    key: 'complaint.followUp',
    scenario: 'complaint',
    title: { zh: '处理后回访', en: 'Calling back after the fix' },
    body: {
      zh: '您好，我是{公司}前台的{姓名}。关于您之前反映的{问题}，我们已经处理完毕，想了解一下您是否满意？请您按1到5分给我们打个分。',
      en: 'Hello, this is {name} from the {company} reception. About the {issue} you raised, it has now been solved. Are you satisfied? Could you rate us from 1 to 5?',
    },
    tags: ['回访', '满意度'],
  },
  {
    key: 'enquiry.direction',
    scenario: 'enquiry',
    title: { zh: '指引方向', en: 'Giving directions' },
    body: {
      zh: '会议室在{楼层}，出电梯后右转第二间。我带您过去吧。',
      en: 'The meeting room is on {floor}, second door on the right from the lift. Let me walk you there.',
    },
    tags: ['引导', '会议室'],
  },
  {
    key: 'enquiry.unknown',
    scenario: 'enquiry',
    title: { zh: '暂时无法答复', en: 'When you do not know yet' },
    body: {
      zh: '这个问题我需要向相关部门确认，请留下您的联系方式，我会在{时间}前回复您。',
      en: 'I need to check this with the department concerned. May I have your phone number? I will get back to you by {time}.',
    },
    tags: ['确认', '留联系方式'],
  },
  {
    key: 'enquiry.facilities',
    scenario: 'enquiry',
    title: { zh: '设施与服务', en: 'Facilities and services' },
    body: {
      zh: '洗手间在大堂左侧；无线网络名称是{网络}，密码在桌卡上；如需打印或充电，前台都可以帮您。',
      en: 'The restrooms are to the left of the lobby; the Wi-Fi is {network} and the password is on the table card. We can also help with printing or charging.',
    },
    tags: ['无线网络', '洗手间'],
  },
  {
    key: 'business.meeting',
    scenario: 'business',
    title: { zh: '商务洽谈安排', en: 'Arranging a business meeting' },
    body: {
      zh: '感谢您的来访。我已为您预留{会议室}，{时间}开始，{接待人}会全程陪同。如需资料或投影设备请告诉我。',
      en: 'Thank you for coming. {room} is reserved for you from {time}, and {host} will be with you throughout. Let me know if you need documents or a projector.',
    },
    tags: ['会议', '接待'],
  },
  {
    key: 'business.documents',
    scenario: 'business',
    title: { zh: '资料递交', en: 'Receiving documents' },
    body: {
      zh: '资料我已签收，登记时间是{时间}，会在今天内转交给{收件人}，转交后会短信告知您。',
      en: 'I have signed for your documents at {time}; they will reach {recipient} today, and we will text you once they have.',
    },
    tags: ['签收', '转交'],
  },
  {
    key: 'phone.answer',
    scenario: 'phone',
    title: { zh: '接听电话', en: 'Answering the phone' },
    body: {
      zh: '您好，{公司}前台，我是{姓名}，请问有什么可以帮您？',
      en: 'Good morning, {company} reception, {name} speaking. How may I help you?',
    },
    tags: ['电话', '问候'],
  },
  {
    key: 'phone.message',
    scenario: 'phone',
    title: { zh: '代为留言', en: 'Taking a message' },
    body: {
      zh: '{同事}现在不在座位，我可以帮您留言。请问您的姓名、电话和方便回电的时间？',
      en: '{colleague} is away from their desk. May I take a message? Your name, phone number, and a good time to call you back?',
    },
    tags: ['留言', '回电'],
  },
  {
    key: 'farewell.leave',
    scenario: 'farewell',
    title: { zh: '送别来宾', en: 'Seeing a guest off' },
    body: {
      zh: '感谢您的来访，请慢走！访客证请交还前台。如方便，请扫码为我们今天的服务打个分。',
      en: 'Thank you for visiting, and have a safe trip! Please return your visitor badge here. If you have a moment, scan the code to rate our service today.',
    },
    tags: ['送别', '反馈'],
  },
];
