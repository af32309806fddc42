import { Weighted, type Random } from './random';

/*
 * Company names as registered in China: [city] + brand (字号) + line of
 * business + 有限公司 / 股份有限公司 / 集团有限公司, e.g. 深圳市恒达信息技术有限公司.
 * A site's visitors come from a long tail of firms, but a few (couriers,
 * the canteen's supplier, the building's contractors) come every day.
 */

const CITIES = [
  '北京', '上海', '深圳市', '广州市', '杭州', '成都', '武汉', '南京', '苏州', '天津', '重庆', '西安', '长沙', '郑州', '青岛', '厦门',
  '宁波', '合肥', '济南', '东莞市', '佛山市', '无锡', '福州', '昆明', '沈阳', '大连', '哈尔滨', '长春', '石家庄', '南昌', '贵阳', '南宁',
];
const BRAND_CHARS = '华信达通恒泰鼎盛博远创新智联科金宏瑞嘉德中天海晨星光明宇正安和丰源鸿卓越腾飞凯旭辉隆兴万宝诚君弘睿启航云峰汇聚'.split('');
const LINES = [
  '科技', '信息技术', '网络科技', '电子', '机械设备', '贸易', '建筑工程', '物流', '医药', '生物科技', '文化传媒', '企业管理咨询', '环保科技',
  '新能源', '汽车服务', '食品', '教育科技', '投资管理', '软件', '智能装备', '电气', '包装材料', '装饰工程', '人力资源', '检测技术', '供应链管理',
];
const FORMS: [string, number][] = [
  ['有限公司', 80],
  ['股份有限公司', 12],
  ['集团有限公司', 5],
  ['有限责任公司', 3],
];
const FORM = new Weighted(FORMS);

/** Firms whose people come to any site daily; they top the company list. */
export const DAILY_VISITORS = ['顺丰速运有限公司', '中通快递股份有限公司', '京东物流集团', '圆通速递有限公司', '美团外卖', '中国邮政速递物流', '饿了么', '闪送'];
/** Public bodies and banks, registered differently (no 有限公司). */
const INSTITUTIONS = ['中国工商银行深圳分行', '招商银行上海分行', '北京市海淀区市场监督管理局', '上海交通大学', '浙江大学', '国家税务总局杭州市税务局', '中国移动通信集团广东有限公司', '华东建筑设计研究院'];

export function companyName(random: Random): string {
  const brand = random.pick(BRAND_CHARS) + random.pick(BRAND_CHARS);
  const city = random.chance(0.85) ? random.pick(CITIES) : '';
  return `${city}${brand}${random.pick(LINES)}${FORM.pick(random)}`;
}

/** The line of business a client is filed under. */
export function industryOf(name: string): string {
  return LINES.find((l) => name.includes(l)) ?? '其他';
}

/**
 * The firms visitors come from, weighted Zipf-like (the k-th most frequent
 * firm by 1/k): a few appear thousands of times, most a handful.
 */
export class CompanyPool {
  private readonly weighted: Weighted<string>;
  private readonly daily: Weighted<string>;
  readonly names: string[];

  constructor(random: Random, size: number, reserved: ReadonlySet<string>) {
    const names = new Set<string>();
    while (names.size < size) {
      const n = companyName(random);
      if (!reserved.has(n)) names.add(n);
    }
    // Banks, offices and universities scattered through the list, not on top of it.
    this.names = [...names];
    INSTITUTIONS.forEach((n, i) => this.names.splice(Math.min(this.names.length, 20 + i * 37), 0, n));
    this.weighted = new Weighted(this.names.map((n, i) => [n, 1 / (i + 1) ** 0.9] as const));
    this.daily = new Weighted(DAILY_VISITORS.map((n, i) => [n, 1 / (i + 1)] as const));
  }

  /** About one new visitor in ten comes for a courier or delivery firm. */
  pick(random: Random): string {
    return random.chance(0.1) ? this.daily.pick(random) : this.weighted.pick(random);
  }
}

const FORM_SUFFIX = /(股份|集团)?有限(责任)?公司$/;

/** How people say a firm's name: without its city and legal form (深圳市恒达信息技术有限公司 → 恒达信息技术). */
export function shortName(name: string): string {
  const city = CITIES.find((c) => name.startsWith(c));
  return (city ? name.slice(city.length) : name).replace(FORM_SUFFIX, '') || name;
}
