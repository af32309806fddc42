import { IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportTarget } from '../../../contract/data-import';

/*
 * Header names offices use, Chinese and English, per field. A header is
 * compared without spaces, brackets' contents, punctuation or case, so
 * "手机号码（必填）" and "Mobile phone" both find the phone.
 */
const ALIASES: Record<ImportField, string[]> = {
  name: ['姓名', '名字', '嘉宾姓名', '来宾姓名', '访客姓名', '人员姓名', 'name', 'fullname', 'guestname', 'guest'],
  idType: ['证件类型', '证件种类', 'idtype', 'documenttype'],
  idNumber: ['身份证号', '身份证号码', '身份证', '证件号码', '证件号', '护照号', 'idnumber', 'idno', 'id', 'documentnumber', 'passportnumber'],
  phone: ['手机', '手机号', '手机号码', '电话', '联系电话', '电话号码', '移动电话', 'phone', 'mobile', 'mobilephone', 'tel', 'telephone', 'cellphone'],
  company: ['单位', '公司', '单位名称', '公司名称', '工作单位', '所属单位', 'company', 'organisation', 'organization', 'employer'],
  title: ['职务', '职位', '职称', '岗位', 'title', 'jobtitle', 'position'],
  email: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail', 'mail'],
  diet: ['饮食', '饮食要求', '餐饮要求', '饮食禁忌', '忌口', 'diet', 'dietary', 'dietaryrequirements'],
  transport: ['交通', '交通方式', '接送', '出行方式', 'transport', 'transportation', 'travel'],
  accessibility: ['无障碍', '无障碍需求', '特殊协助', 'accessibility', 'access'],
  other: ['备注', '其他需求', '其他', '说明', 'notes', 'note', 'other', 'remarks'],
  dietary: ['饮食', '饮食要求', '餐饮要求', '饮食禁忌', '忌口', 'diet', 'dietary'],
  transportPref: ['交通', '交通方式', '出行方式', 'transport', 'transportation'],
  preferences: ['偏好', '喜好', '个人偏好', 'preferences', 'preference'],
  birthday: ['生日', '出生日期', 'birthday', 'dateofbirth', 'birthdate', 'dob'],
  notes: ['备注', '说明', 'notes', 'note', 'remarks'],
  clientName: ['客户名称', '客户', '单位名称', '公司名称', '单位', '公司', '机构', 'client', 'clientname', 'company', 'organisation', 'organization'],
  industry: ['行业', '所属行业', 'industry', 'sector'],
  tier: ['客户等级', '等级', '级别', '客户级别', 'tier', 'level', 'clienttier'],
  accountManager: ['客户经理', '负责人', '对接人', 'accountmanager', 'manager'],
  tags: ['标签', 'tags', 'tag'],
  background: ['背景', '客户背景', '简介', '背景信息', 'background', 'about'],
  contactName: ['联系人', '联系人姓名', '姓名', 'contact', 'contactname', 'name'],
  contactTitle: ['联系人职务', '职务', '职位', 'contacttitle', 'title', 'position'],
  contactPhone: ['联系人电话', '联系电话', '手机', '电话', '手机号码', 'contactphone', 'phone', 'mobile', 'tel'],
  contactEmail: ['联系人邮箱', '邮箱', '电子邮箱', 'contactemail', 'email', 'e-mail'],
};

/** A header as compared: no bracketed note, no spaces or punctuation, lower case. */
export function headerKey(header: string): string {
  return header
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s_\-.:：*＊/、]/g, '')
    .toLowerCase();
}

/** Each field's column, by its header's name; a column feeds one field at most, and fields earlier in the list choose first. */
export function suggestMapping(target: ImportTarget, headers: string[]): ImportMapping {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping: ImportMapping = {};
  for (const field of IMPORT_FIELDS[target]) {
    const aliases = ALIASES[field].map(headerKey);
    // The alias listed first wins: 单位名称 is the client's name before 单位 is.
    for (const alias of aliases) {
      const column = keys.findIndex((k, i) => k === alias && !taken.has(i));
      if (column >= 0) {
        mapping[field] = column;
        taken.add(column);
        break;
      }
    }
  }
  return mapping;
}
