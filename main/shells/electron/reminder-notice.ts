import type { Locale } from '../../../contract/locales';
import type { Reminder, TaskKind } from '../../../contract/tasks';

/*
 * The words of a system notification for a reminder. Main has no i18n of the
 * renderer's, so the few words a notification needs are here, in both
 * languages; pure, so a unit test reads them without Electron.
 */

const STAGE: Record<Locale, Record<Reminder['stage'], string>> = {
  'zh-CN': { dueSoon: '即将到期', overdue: '已逾期', alert: '提醒' },
  en: { dueSoon: 'Due soon', overdue: 'Overdue', alert: 'Alert' },
};

const KIND: Record<Locale, Record<TaskKind, string>> = {
  'zh-CN': {
    incident: '问题处理',
    escalation: '问题已升级',
    redAlert: '差评红色预警',
    callBack: '24 小时回访',
    feedbackRequest: '请求反馈',
    followupStep: '客户跟进',
    care: '客户关怀',
    checklistItem: '检查项',
    recordChange: '待审批的记录修改',
    documentVersion: '文档版本待审批',
    destruction: '销毁待审批',
  },
  en: {
    incident: 'Incident',
    escalation: 'Incident escalated',
    redAlert: 'Red alert',
    callBack: '24-hour call-back',
    feedbackRequest: 'Request feedback',
    followupStep: 'Follow-up step',
    care: 'Client care',
    checklistItem: 'Checklist item',
    recordChange: 'Record change to decide',
    documentVersion: 'Document version to decide',
    destruction: 'Destruction to approve',
  },
};

/** A checklist item's title is its two-language text as JSON (main/services/tasks); others are plain. */
function titleOf(reminder: Reminder, locale: Locale): string {
  const { title } = reminder.task;
  if (reminder.task.kind !== 'checklistItem') return title;
  try {
    const text = JSON.parse(title) as { zh?: string; en?: string };
    return (locale === 'en' ? text.en || text.zh : text.zh || text.en) ?? '';
  } catch {
    return title;
  }
}

export function reminderNotice(reminder: Reminder, locale: Locale): { title: string; body: string } {
  const body = [titleOf(reminder, locale), reminder.task.detail].filter(Boolean).join('\n');
  return { title: `${STAGE[locale][reminder.stage]} · ${KIND[locale][reminder.task.kind]}`, body };
}

/** More than this many at once (a first sign-in after a holiday) become one summary notification. */
export const NOTICES_AT_ONCE = 3;

export function summaryNotice(count: number, locale: Locale): { title: string; body: string } {
  return locale === 'en'
    ? { title: 'Reception Desk', body: `${count} more tasks need attention` }
    : { title: '接待台', body: `另有 ${count} 项任务需要处理` };
}
