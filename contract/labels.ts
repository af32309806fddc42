import type { ChecklistKind, Department, ItemStatus } from './checklists';
import type { ClientTier } from './clients';
import type { IdType } from './id-documents';
import type { Needs, PLAN_WARNINGS, PlanStatus, RECEPTION_LEVELS, RESOURCE_KINDS, TEAM_ROLES, VisitType } from './plans';
import type { Locale } from './print';
import type { DRILL_SCENARIOS } from './quality';

/**
 * The words for the coded values people read everywhere, in both languages,
 * written once: the renderer's dictionaries take these tables
 * (renderer/src/i18n/zh-CN.ts, en.ts and parts/planTeam, planPrint) and so do
 * the audit log's labels (audit-labels.ts, which main's CSV/Excel export and
 * the audit screen read). Each table is typed over its contract list, so a new
 * status, level, kind or warning added there must be named here in both languages.
 * Role names (receptionist, ...) are kept by audit-labels.ts and the dictionaries' `roles`.
 */
export interface ValueLabels {
  planStatus: Record<PlanStatus, string>;
  receptionLevel: Record<(typeof RECEPTION_LEVELS)[number], string>;
  clientTier: Record<ClientTier, string>;
  idType: Record<IdType, string>;
  planWarning: Record<(typeof PLAN_WARNINGS)[number], string>;
  resourceKind: Record<(typeof RESOURCE_KINDS)[number], string>;
  teamRole: Record<(typeof TEAM_ROLES)[number], string>;
  /** A guest's or a plan's kinds of needs, as short labels (arrivals list, printouts, audit detail). */
  needKind: Record<keyof Needs, string>;
  /** Keyed by main's badge layout ids (main/print/layouts.ts); a layout without a name here is named by its size. */
  badgeLayout: Record<string, string>;
  /** Each language by its own name, the same in every language. */
  locale: Record<Locale, string>;
  /** Who a checklist item is for (hand-off sheets, compliance by department, audit detail). */
  department: Record<Department, string>;
  /** What an emergency drill rehearsed. */
  drillScenario: Record<(typeof DRILL_SCENARIOS)[number], string>;
  visitType: Record<VisitType, string>;
  /** A checklist item's state. */
  itemStatus: Record<ItemStatus, string>;
  checklistKind: Record<ChecklistKind, string>;
}

const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

export const VALUE_LABELS: Record<Locale, ValueLabels> = {
  'zh-CN': {
    planStatus: { draft: '草稿', confirmed: '已确认', in_progress: '接待中', completed: '已完成', cancelled: '已取消', archived: '已归档' },
    receptionLevel: { vip: 'VIP 接待', key: '重点接待', normal: '常规接待' },
    clientTier: { vip: 'VIP', key: '重点', normal: '普通' },
    idType: { resident_id: '居民身份证', passport: '护照', hk_macao_permit: '港澳居民来往内地通行证', taiwan_permit: '台湾居民来往大陆通行证', other: '其他证件' },
    planWarning: {
      itineraryOverlap: '日程中有时间重叠的安排',
      itineraryOutsideVisit: '有日程安排在到达至离开时间之外',
      headcountMismatch: '来宾名单人数与预计人数不符',
      noLeadGuest: '尚未指定带队来宾',
      roleWithoutBackup: '按接待级别需要 B 角的岗位尚未安排 B 角',
      staffDoubleBooked: '有工作人员同一时段还在其他接待中',
      noSpareRoom: '按接待级别需要预留备用会议室，尚未预留',
      noSpareVehicle: '按接待级别需要预留备用车辆，尚未预留',
      tooFewStaff: '接待人员少于该接待级别的要求',
      noRehearsal: '该接待级别需要彩排，尚未安排',
    },
    resourceKind: { room: '会议室', vehicle: '车辆', other: '其他' },
    teamRole: { greeter: '接待', presenter: '讲解', noteTaker: '记录', logistics: '后勤保障', custom: '其他岗位' },
    needKind: { diet: '饮食', transport: '交通', accessibility: '无障碍', other: '其他' },
    badgeLayout: {
      'label-89x36': '标签 89×36 mm',
      'label-62x100': '标签 62×100 mm（竖版）',
      'label-101x54': '标签 101×54 mm',
      'a4-2x5': 'A4 每页10枚 (90×54 mm)',
      'a4-2x4': 'A4 每页8枚 (90×65 mm)',
    },
    locale: LOCALE_NAMES,
    department: { reception: '前台接待', security: '安保', cleaning: '保洁', it: '信息技术', catering: '餐饮', admin: '行政', sales: '销售', technical: '技术', logistics: '后勤' },
    drillScenario: { fire: '火灾疏散', equipmentFailure: '设备故障', badWeather: '恶劣天气', conflict: '冲突事件', medical: '突发疾病', powerCut: '停电', other: '其他' },
    visitType: { business: '商务洽谈', tour: '参观考察', meeting: '会议', training: '培训', government: '政府接待', other: '其他' },
    itemStatus: { open: '未完成', done: '已完成', na: '不适用', problem: '有问题' },
    checklistKind: { preparation: '准备', duties: '人员分工', execution: '接待执行', after: '访后跟进', inspection: '检查' },
  },
  en: {
    planStatus: { draft: 'Draft', confirmed: 'Confirmed', in_progress: 'In progress', completed: 'Completed', cancelled: 'Cancelled', archived: 'Archived' },
    receptionLevel: { vip: 'VIP', key: 'Key', normal: 'Standard' },
    clientTier: { vip: 'VIP', key: 'Key', normal: 'Normal' },
    idType: { resident_id: 'Resident ID', passport: 'Passport', hk_macao_permit: 'HK/Macao Permit', taiwan_permit: 'Taiwan Permit', other: 'Other document' },
    planWarning: {
      itineraryOverlap: 'Some itinerary items overlap in time',
      itineraryOutsideVisit: 'Some itinerary items fall outside arrival–departure',
      headcountMismatch: 'The guest list does not match the expected headcount',
      noLeadGuest: 'No lead guest is set',
      roleWithoutBackup: 'A role this level needs a backup for has none',
      staffDoubleBooked: 'A team member is on another visit at the same time',
      noSpareRoom: 'This level needs a spare room; none is held',
      noSpareVehicle: 'This level needs a spare vehicle; none is held',
      tooFewStaff: 'Fewer staff than this level asks for',
      noRehearsal: 'This level asks for a rehearsal; none is set',
    },
    resourceKind: { room: 'Room', vehicle: 'Vehicle', other: 'Other' },
    teamRole: { greeter: 'Greeter', presenter: 'Presenter', noteTaker: 'Note-taker', logistics: 'Logistics', custom: 'Other role' },
    needKind: { diet: 'Diet', transport: 'Transport', accessibility: 'Accessibility', other: 'Other' },
    badgeLayout: {
      'label-89x36': 'Label 89×36 mm',
      'label-62x100': 'Label 62×100 mm (portrait)',
      'label-101x54': 'Label 101×54 mm',
      'a4-2x5': 'A4, 10 per page (90×54 mm)',
      'a4-2x4': 'A4, 8 per page (90×65 mm)',
    },
    locale: LOCALE_NAMES,
    department: { reception: 'Reception', security: 'Security', cleaning: 'Cleaning', it: 'IT', catering: 'Catering', admin: 'Administration', sales: 'Sales', technical: 'Technical', logistics: 'Logistics' },
    drillScenario: { fire: 'Fire evacuation', equipmentFailure: 'Equipment failure', badWeather: 'Bad weather', conflict: 'Conflict', medical: 'Medical emergency', powerCut: 'Power cut', other: 'Other' },
    visitType: { business: 'Business', tour: 'Tour', meeting: 'Meeting', training: 'Training', government: 'Government', other: 'Other' },
    itemStatus: { open: 'Open', done: 'Done', na: 'Not applicable', problem: 'Problem' },
    checklistKind: { preparation: 'Preparation', duties: 'Duties', execution: 'On the day', after: 'After the visit', inspection: 'Inspection' },
  },
};
