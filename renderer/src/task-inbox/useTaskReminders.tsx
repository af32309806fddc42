import { AlertOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../contract/tasks';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { pageHash } from '../lib/useHashRoute';
import { usePolling } from '../lib/usePolling';
import { taskHref, taskTitle } from './taskWords';

/** Main computes reminders from the database; the app asks once a minute (and on focus) for those not yet shown. */
export const REMINDER_POLL_MS = 60_000;

/** More than this many at once (a first sign-in after a holiday) become one summary toast. */
const AT_ONCE = 3;

const ICONS: Record<Reminder['stage'], React.ReactNode> = {
  dueSoon: <ClockCircleOutlined className="task-reminder__icon task-reminder__icon--soon" />,
  overdue: <ExclamationCircleOutlined className="task-reminder__icon task-reminder__icon--overdue" />,
  alert: <AlertOutlined className="task-reminder__icon task-reminder__icon--alert" />,
};

/**
 * In-app reminders while signed in: each reminder main returns is shown once
 * as a notification (main marks it shown as it returns it); a click opens the
 * task's record.
 */
export function useTaskReminders(enabled: boolean): void {
  const { t } = useTranslation();
  const { locale } = useDesk();
  const { notification } = App.useApp();
  const refresh = useCallback(async () => {
    const result = await api.tasks.reminders({});
    if (!result.ok || result.value.length === 0) return;
    const reminders = result.value;
    const shown = reminders.length > AT_ONCE ? reminders.slice(0, AT_ONCE - 1) : reminders;
    for (const r of shown) {
      const key = `reminder:${r.stage}:${r.key}`;
      notification.open({
        key,
        icon: ICONS[r.stage],
        message: `${t(`tasks.reminder.${r.stage}`)} · ${t(`tasks.kind.${r.task.kind}`)}`,
        description: [taskTitle(r.task, locale, t), r.task.detail].filter(Boolean).join(' — '),
        duration: r.stage === 'alert' ? 0 : 12,
        // Bottom right, as the system's own notices: at the top they would cover the header's menus and the screen's toolbar.
        placement: 'bottomRight',
        className: 'task-reminder',
        props: { 'data-testid': 'task-reminder' } as React.HTMLAttributes<HTMLDivElement>,
        onClick: () => {
          window.location.hash = taskHref(r.task);
          notification.destroy(key);
        },
      });
    }
    if (shown.length < reminders.length) {
      notification.open({
        key: 'reminder:more',
        icon: ICONS.overdue,
        message: t('tasks.reminder.moreTitle'),
        description: t('tasks.reminder.more', { count: reminders.length - shown.length }),
        duration: 0,
        placement: 'bottomRight',
        className: 'task-reminder',
        onClick: () => {
          window.location.hash = pageHash('tasks');
          notification.destroy('reminder:more');
        },
      });
    }
  }, [locale, notification, t]);
  usePolling(refresh, REMINDER_POLL_MS, enabled);
}
