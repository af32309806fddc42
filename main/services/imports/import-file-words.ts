import type { ImportField } from '../../../contract/data-import';

/*
 * The words of the problem-rows file, in the desk's language: the file leaves
 * the app, so its reasons are sentences, not i18n keys. Only the messages an
 * import row can carry are here; an unknown one is written as its key.
 */
const ZH_FIELDS: Record<ImportField, string> = {
  name: '姓名', idType: '证件类型', idNumber: '证件号码', phone: '手机', company: '单位', title: '职务', email: '邮箱',
  diet: '饮食要求', transport: '交通', accessibility: '无障碍需求', other: '其他需求',
  dietary: '饮食', transportPref: '交通方式', preferences: '偏好', birthday: '生日', notes: '备注',
  clientName: '客户名称', industry: '行业', tier: '客户等级', accountManager: '客户经理', tags: '标签', background: '背景',
  contactName: '联系人', contactTitle: '联系人职务', contactPhone: '联系人电话', contactEmail: '联系人邮箱',
};
const EN_FIELDS: Record<ImportField, string> = {
  name: 'Name', idType: 'ID type', idNumber: 'ID number', phone: 'Phone', company: 'Company', title: 'Title', email: 'Email',
  diet: 'Diet', transport: 'Transport', accessibility: 'Accessibility', other: 'Other needs',
  dietary: 'Diet', transportPref: 'Transport', preferences: 'Preferences', birthday: 'Birthday', notes: 'Notes',
  clientName: 'Client', industry: 'Industry', tier: 'Tier', accountManager: 'Account manager', tags: 'Tags', background: 'Background',
  contactName: 'Contact', contactTitle: 'Contact title', contactPhone: 'Contact phone', contactEmail: 'Contact email',
};

const ZH: Record<string, string> = {
  required: '必填', tooLong: '过长', invalidChars: '含有不可见或控制字符', invalidOption: '不是可选的值', invalidType: '格式不对',
  'phone.invalid': '不是有效的电话号码', 'email.invalid': '不是有效的邮箱', 'date.invalid': '不是有效的日期（YYYY-MM-DD，且不晚于今天）',
  'id.length18': '居民身份证号码应为 18 位', 'id.format': '前 17 位应为数字，末位为数字或 X', 'id.region': '地区码无效', 'id.birthDate': '出生日期无效', 'id.checkDigit': '校验位不符',
  'id.passport': '护照号码应为 5–20 位字母或数字', 'id.hkMacaoPermit': '应为 H 或 M 开头，后接 8 或 10 位数字', 'id.taiwanPermit': '应为 8 或 10 位数字', 'id.other': '应为 3–30 位字母或数字',
  'tags.tooMany': '标签过多', 'client.vipManager': 'VIP 客户需要一位是系统用户的客户经理（按姓名匹配）',
  'import.duplicateInFile': '与文件第 {row} 行是同一人', 'import.phoneOfAnother': '该电话已登记在证件号码不同的另一人名下',
};
const EN: Record<string, string> = {
  required: 'required', tooLong: 'too long', invalidChars: 'holds invisible or control characters', invalidOption: 'not one of the allowed values', invalidType: 'wrong format',
  'phone.invalid': 'not a valid phone number', 'email.invalid': 'not a valid email address', 'date.invalid': 'not a valid date (YYYY-MM-DD, not after today)',
  'id.length18': 'a resident ID has 18 characters', 'id.format': 'the first 17 must be digits, the last a digit or X', 'id.region': 'unknown region code', 'id.birthDate': 'the birth date in it does not exist', 'id.checkDigit': 'the check digit does not match',
  'id.passport': 'a passport number has 5–20 letters or digits', 'id.hkMacaoPermit': 'H or M, then 8 or 10 digits', 'id.taiwanPermit': '8 or 10 digits', 'id.other': '3–30 letters or digits',
  'tags.tooMany': 'too many tags', 'client.vipManager': 'a VIP client needs an account manager who is a user (matched by name)',
  'import.duplicateInFile': 'the same person as row {row} of the file', 'import.phoneOfAnother': 'this phone is on file for another person with a different ID number',
};

const words = (fields: Record<ImportField, string>, messages: Record<string, string>, rest: { sheet: string; sheetRow: string; problems: string; suffix: string }) => ({
  ...rest,
  fields,
  message: (key: string, row?: number) => (messages[key] ?? key).replace('{row}', String(row ?? '')),
});

export const IMPORT_FILE_WORDS = {
  'zh-CN': words(ZH_FIELDS, ZH, { sheet: '有问题的行', sheetRow: '原表行号', problems: '问题', suffix: '问题行' }),
  en: words(EN_FIELDS, EN, { sheet: 'Rows with problems', sheetRow: 'Sheet row', problems: 'Problems', suffix: 'problem-rows' }),
} as const;
