import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../contract/tasks';
import { reminderNotice, summaryNotice } from '../../../main/shells/electron/reminder-notice';

const task = (over: Partial<Reminder['task']>): Reminder['task'] => ({
  key: 'incident:1',
  kind: 'incident',
  refId: '1',
  title: 'IN-261203-001 空调坏了',
  detail: '王先生',
  dueAt: '2026-12-03T08:00',
  allDay: false,
  overdue: true,
  dueToday: false,
  ownerUserId: 'u',
  ownerName: '前台',
  priority: 1,
  escalated: false,
  link: { screen: 'incident', id: '1' },
  ...over,
});

describe('system notification words', () => {
  it('says the stage and the kind in the site’s language, the task and its second line in the body', () => {
    expect(reminderNotice({ key: 'incident:1', stage: 'overdue', task: task({}) }, 'zh-CN')).toEqual({ title: '已逾期 · 问题处理', body: 'IN-261203-001 空调坏了\n王先生' });
    expect(reminderNotice({ key: 'redAlert:1', stage: 'alert', task: task({ kind: 'redAlert', detail: '' }) }, 'en')).toEqual({ title: 'Alert · Red alert', body: 'IN-261203-001 空调坏了' });
  });

  it('reads a checklist item’s two-language text in the site’s language', () => {
    const item = task({ kind: 'checklistItem', title: JSON.stringify({ zh: '调试投影仪', en: 'Test the projector' }), detail: '华为来访' });
    expect(reminderNotice({ key: 'checklistItem:1', stage: 'dueSoon', task: item }, 'en').body).toBe('Test the projector\n华为来访');
    expect(reminderNotice({ key: 'checklistItem:1', stage: 'dueSoon', task: item }, 'zh-CN').body).toBe('调试投影仪\n华为来访');
  });

  it('sums up the rest', () => {
    expect(summaryNotice(5, 'zh-CN').body).toBe('另有 5 项任务需要处理');
  });
});
