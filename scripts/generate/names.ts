import { Weighted, type Random } from './random';

/*
 * Chinese personal names as a front desk meets them: surnames by their
 * published shares of the population (2020 census; 王 7.1 %, 李 7.0 %, 张 6.8 %
 * ... in per-mille below), given names of one or two characters from the
 * characters parents actually choose, a few compound surnames, the surnames
 * that read differently as surnames (曾 zeng, 单 shan, 解 xie, 仇 qiu, 区 ou,
 * 朴 piao, 查 zha, 盖 ge, 乐 yue, 缪 miao, 尉迟 yuchi), minority names with a
 * middle dot, and a few Latin names.
 */

/** Surnames with their share in per-mille. */
const COMMON_SURNAMES: [string, number][] = [
  ['王', 71], ['李', 70], ['张', 68], ['刘', 54], ['陈', 46], ['杨', 31], ['黄', 22], ['赵', 22], ['吴', 20], ['周', 19],
  ['徐', 15], ['孙', 15], ['马', 14], ['朱', 13], ['胡', 13], ['郭', 12], ['何', 12], ['林', 11], ['罗', 11], ['高', 11],
  ['郑', 10], ['梁', 9], ['谢', 8], ['宋', 8], ['唐', 8], ['许', 7], ['韩', 7], ['冯', 7], ['邓', 7], ['曹', 7],
  ['彭', 6], ['肖', 6], ['田', 6], ['董', 5], ['袁', 5], ['潘', 5], ['于', 5], ['蒋', 5], ['蔡', 5], ['余', 5],
  ['杜', 4], ['叶', 4], ['程', 4], ['苏', 4], ['魏', 4], ['吕', 4], ['丁', 4], ['任', 4], ['沈', 4], ['姚', 4],
  ['卢', 4], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3], ['陆', 3], ['汪', 3], ['范', 3], ['金', 3], ['石', 3],
  ['廖', 3], ['贾', 3], ['夏', 3], ['韦', 3], ['付', 3], ['方', 3], ['白', 2.4], ['邹', 2.4], ['孟', 2.4], ['熊', 2.3],
  ['秦', 2.3], ['邱', 2.3], ['江', 2.2], ['尹', 2.2], ['薛', 2.1], ['闫', 2.1], ['段', 2], ['雷', 2], ['侯', 2], ['龙', 2],
  ['史', 2], ['陶', 1.9], ['黎', 1.9], ['贺', 1.9], ['顾', 1.8], ['毛', 1.8], ['郝', 1.8], ['龚', 1.7], ['邵', 1.7], ['万', 1.7],
  ['钱', 1.6], ['严', 1.6], ['覃', 1.5], ['武', 1.5], ['戴', 1.5], ['莫', 1.4], ['孔', 1.4], ['向', 1.4], ['汤', 1.4], ['常', 1.4],
  ['温', 1.3], ['康', 1.3], ['施', 1.2], ['文', 1.2], ['牛', 1.2], ['樊', 1.2], ['葛', 1.2], ['邢', 1.2], ['安', 1.1], ['齐', 1.1],
  ['易', 1.1], ['乔', 1.1], ['伍', 1], ['庞', 1], ['颜', 1], ['倪', 1], ['庄', 1], ['聂', 1], ['章', 1], ['鲁', 1],
  ['岳', 1], ['翟', 1], ['殷', 1], ['詹', 1], ['申', 1], ['欧', 1], ['耿', 1], ['关', 1], ['兰', 1], ['焦', 1],
  ['俞', 0.9], ['左', 0.9], ['柳', 0.9], ['甘', 0.9], ['祝', 0.9], ['包', 0.9], ['宁', 0.9], ['尚', 0.9], ['符', 0.9], ['舒', 0.9],
  ['阮', 0.8], ['柯', 0.8], ['纪', 0.8], ['梅', 0.8], ['童', 0.8], ['凌', 0.8], ['毕', 0.8], ['季', 0.8], ['裴', 0.8], ['霍', 0.8],
  ['涂', 0.7], ['成', 0.7], ['苗', 0.7], ['谷', 0.7], ['盛', 0.7], ['曲', 0.7], ['翁', 0.7], ['冉', 0.7], ['骆', 0.7], ['蓝', 0.7],
  ['路', 0.7], ['游', 0.7], ['辛', 0.7], ['靳', 0.7], ['管', 0.7], ['柴', 0.6], ['蒙', 0.6], ['鲍', 0.6], ['华', 0.6], ['喻', 0.6],
  ['祁', 0.6], ['蒲', 0.6], ['房', 0.6], ['滕', 0.6], ['屈', 0.6], ['饶', 0.6], ['牟', 0.5], ['艾', 0.5], ['尤', 0.5], ['阳', 0.5],
  ['时', 0.5], ['穆', 0.5], ['农', 0.5], ['司', 0.5], ['卓', 0.5], ['古', 0.5], ['吉', 0.5], ['简', 0.4], ['车', 0.4], ['项', 0.4],
  ['连', 0.4], ['芦', 0.4], ['麦', 0.4], ['褚', 0.4], ['娄', 0.4], ['窦', 0.4], ['戚', 0.4], ['岑', 0.4], ['景', 0.4], ['党', 0.4],
  ['宫', 0.4], ['费', 0.4], ['卜', 0.4], ['冷', 0.4], ['晏', 0.4], ['席', 0.4], ['卫', 0.4], ['米', 0.4], ['柏', 0.4], ['宗', 0.4],
  ['瞿', 0.3], ['桂', 0.3], ['全', 0.3], ['佟', 0.3], ['应', 0.3], ['臧', 0.3], ['闵', 0.3], ['苟', 0.3], ['邬', 0.3], ['边', 0.3],
  ['卞', 0.3], ['姬', 0.3], ['师', 0.3], ['和', 0.3], ['栾', 0.3], ['隋', 0.3], ['商', 0.3], ['刁', 0.3], ['沙', 0.3], ['荣', 0.3],
  ['巫', 0.3], ['寇', 0.3], ['桑', 0.3], ['郎', 0.3], ['甄', 0.3], ['丛', 0.3], ['仲', 0.3], ['虞', 0.3], ['敖', 0.3], ['巩', 0.3],
  ['明', 0.3], ['佘', 0.3], ['池', 0.3], ['麻', 0.2], ['苑', 0.2], ['迟', 0.2], ['邝', 0.2], ['官', 0.2], ['封', 0.2], ['谈', 0.2],
  ['匡', 0.2], ['鞠', 0.2], ['惠', 0.2], ['荆', 0.2], ['冀', 0.2], ['郁', 0.2], ['胥', 0.2], ['南', 0.2], ['班', 0.2], ['储', 0.2],
  ['原', 0.2], ['栗', 0.2], ['燕', 0.2], ['楚', 0.2], ['鄢', 0.2], ['劳', 0.2], ['谌', 0.2], ['奚', 0.2], ['皮', 0.2], ['粟', 0.2],
  ['冼', 0.2], ['蔺', 0.2], ['楼', 0.2], ['盘', 0.2], ['满', 0.2], ['闻', 0.2], ['厉', 0.2], ['伊', 0.2], ['仝', 0.2], ['郜', 0.1],
  ['阚', 0.1], ['花', 0.1], ['权', 0.1], ['帅', 0.1], ['屠', 0.1], ['练', 0.1], ['廉', 0.1], ['禹', 0.1], ['井', 0.1], ['祖', 0.1],
  ['漆', 0.1], ['巴', 0.1], ['丰', 0.1], ['卿', 0.1], ['狄', 0.1], ['计', 0.1], ['索', 0.1], ['宣', 0.1], ['晋', 0.1], ['初', 0.1],
  ['芮', 0.1], ['阙', 0.1], ['戈', 0.1], ['伏', 0.1], ['鹿', 0.1], ['薄', 0.1], ['邸', 0.1], ['雍', 0.1], ['辜', 0.1], ['亓', 0.1],
  ['修', 0.1], ['邰', 0.1], ['赫', 0.1], ['杭', 0.1], ['况', 0.1], ['宿', 0.1], ['逯', 0.1], ['茹', 0.1], ['嵇', 0.1], ['湛', 0.1],
];

/**
 * Surnames read differently from the same character elsewhere (a reader
 * without the surname rule gets them wrong). Their real shares are small;
 * they are weighted up to a few percent together so search is tested on them.
 */
export const HETERONYM_SURNAMES: [string, number][] = [
  ['曾', 6], ['单', 2.5], ['解', 2.5], ['仇', 2], ['区', 2], ['朴', 2], ['查', 2], ['盖', 1.5], ['乐', 2], ['缪', 2], ['尉迟', 0.5], ['万俟', 0.2],
];

/** Two-character surnames. */
export const COMPOUND_SURNAMES: [string, number][] = [
  ['欧阳', 2.5], ['司马', 1], ['诸葛', 0.8], ['上官', 0.8], ['慕容', 0.6], ['司徒', 1], ['东方', 0.6], ['令狐', 0.4], ['皇甫', 0.5], ['夏侯', 0.4],
  ['公孙', 0.3], ['端木', 0.2], ['长孙', 0.2], ['宇文', 0.2], ['南宫', 0.2],
];

const SURNAMES = new Weighted([...COMMON_SURNAMES, ...HETERONYM_SURNAMES, ...COMPOUND_SURNAMES]);

/** Characters of given names, by how often parents choose them (weights are rough ranks, not shares). */
const MALE_CHARS = new Weighted<string>(
  [
    ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳东洋亮峰建国志文海成坤博晨睿轩泽子一天嘉昊航铭毅彬振宏伦翔洪涛春晖立新永庆德荣兵锋晓广'.split('').map((c, i) => [c, 60 / (i + 8)] as const),
    ...'喆堃犇淼垚龑昇珩玮璟琛骁弢翀'.split('').map((c) => [c, 0.08] as const),
  ],
);
const FEMALE_CHARS = new Weighted<string>(
  [
    ...'芳娜敏静丽艳娟霞秀玲桂英红萍燕梅莉兰琳雪婷慧颖欣怡佳倩晶璐晓丹瑶涵萱妍诗雨梓可悦思彤媛洁露蓉琴莹薇月凤春清美玉珊璇宁悦菲芸婧瑾茜'.split('').map((c, i) => [c, 60 / (i + 8)] as const),
    ...'玥婳姝婕昕妤珺琰缈'.split('').map((c) => [c, 0.08] as const),
  ],
);

/** Names the desk also meets: minorities' names with a middle dot, and foreigners' names in Latin letters. */
const DOT_NAMES = ['阿依古丽·买买提', '艾力·吐尔逊', '古丽娜尔·阿不都', '热依拉·艾买提', '扎西·次仁', '努尔兰·哈力克', '迪丽娜尔·吾斯曼', '买买提·艾则孜'];
const LATIN_GIVEN = ['Anna', 'David', 'Michael', 'Sophie', 'Thomas', 'Emma', 'James', 'Maria', 'Lukas', 'Olivia', 'Daniel', 'Laura', 'Kenji', 'Yuki', 'Min-jun', 'Priya'];
const LATIN_FAMILY = ['Li', 'Chen', 'Wang', 'Smith', 'Müller', 'Martin', 'Brown', 'Tanaka', 'Kim', 'Schmidt', 'Garcia', 'Rossi', 'Dubois', 'Patel', 'Nguyen', 'Johnson'];

export type NameKind = 'chinese' | 'dotted' | 'latin';

export interface GeneratedName {
  name: string;
  kind: NameKind;
  male: boolean;
}

function givenName(random: Random, male: boolean, length: number): string {
  const chars = male ? MALE_CHARS : FEMALE_CHARS;
  let s = chars.pick(random);
  while (s.length < length) {
    const c = chars.pick(random);
    if (c !== s[s.length - 1]) s += c;
  }
  return s;
}

/**
 * One person's name: about a third are two characters (王伟), most three
 * (张子轩), a few four (欧阳娜娜, or a double family name 张王丽), and about one in a hundred a dotted or Latin name.
 */
export function personName(random: Random): GeneratedName {
  const male = random.chance(0.55);
  const roll = random.next();
  if (roll < 0.003) return { name: random.pick(DOT_NAMES), kind: 'dotted', male };
  if (roll < 0.01) return { name: `${random.pick(LATIN_GIVEN)} ${random.pick(LATIN_FAMILY)}`, kind: 'latin', male };
  const surname = SURNAMES.pick(random);
  const doubleFamily = surname.length === 1 && random.chance(0.006);
  const family = doubleFamily ? surname + SURNAMES.pick(random).slice(0, 1) : surname;
  const givenLength = random.chance(surname.length === 2 ? 0.5 : 0.3) ? 1 : 2;
  return { name: family + givenName(random, male, doubleFamily ? 1 : givenLength), kind: 'chinese', male };
}

/** Whether a name starts with one of the surnames a reader must treat specially (for picking search samples). */
export function surnameClass(name: string): 'compound' | 'heteronym' | null {
  if (COMPOUND_SURNAMES.some(([s]) => name.startsWith(s))) return 'compound';
  if (HETERONYM_SURNAMES.some(([s]) => name.startsWith(s))) return 'heteronym';
  return null;
}

/** Staff of the host company: the people visitors come to see and the plans' teams. */
export function staffNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const n = personName(random);
    if (n.kind === 'chinese') names.add(n.name);
  }
  return [...names];
}
