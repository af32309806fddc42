import { Button, App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../contract/result';
import type { VisitSummary } from '../../../contract/visits';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { formatClock } from '../lib/format';

/** What a scanner or a hurried hand may type for a badge number; main normalizes the same way. */
export function normalizeBadgeNo(raw: string): string {
  return raw.trim().toUpperCase().replace(/\s+/g, '');
}

/**
 * Check-out by row button or by badge scan, with one toast that names the
 * visitor and offers an undo, and one place that turns failures into words.
 */
export function useCheckOut(refresh: () => Promise<void>) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());

  const undo = useCallback(
    async (visit: VisitSummary, toastKey: string) => {
      notification.destroy(toastKey);
      const result = await api.visits.undoCheckOut({ visitId: visit.id });
      if (result.ok) message.success(t('checkout.undone', { name: result.value.name }));
      else message.error(errorText(result.error));
      await refresh();
    },
    [message, notification, refresh, t],
  );

  const report = useCallback(
    (result: Result<VisitSummary>, badgeNo?: string): boolean => {
      if (result.ok) {
        const visit = result.value;
        const key = `checkout-${visit.id}`;
        notification.success({
          key,
          title: t('checkout.done', { name: visit.name }),
          description: `${visit.badgeNo}${visit.company ? ` · ${visit.company}` : ''}`,
          duration: 8,
          placement: 'topRight',
          actions: (
            <Button size="small" onClick={() => void undo(visit, key)}>
              {t('checkout.undo')}
            </Button>
          ),
        });
        return true;
      }
      const { error } = result;
      const details = error.details ?? {};
      if (error.code === 'NOT_FOUND' && (badgeNo || typeof details.badgeNo === 'string')) {
        message.error(t('checkout.notFound', { badgeNo: badgeNo ?? details.badgeNo }));
      } else if (error.code === 'ALREADY_CHECKED_OUT') {
        const at = typeof details.checkOutAt === 'string' ? details.checkOutAt : null;
        const name = typeof details.name === 'string' ? details.name : '';
        message.warning(at && name ? t('checkout.already', { name, time: formatClock(at) }) : t('checkout.alreadyNoTime'));
      } else {
        message.error(errorText(error));
      }
      return false;
    },
    [message, notification, t, undo],
  );

  const withBusy = useCallback(async <T,>(id: string, work: () => Promise<T>): Promise<T> => {
    setBusyIds((s) => new Set(s).add(id));
    try {
      return await work();
    } finally {
      setBusyIds((s) => {
        const next = new Set(s);
        next.delete(id);
        return next;
      });
    }
  }, []);

  const checkOutVisit = useCallback(
    (visit: VisitSummary) =>
      withBusy(visit.id, async () => {
        const ok = report(await api.visits.checkOut({ visitId: visit.id }));
        await refresh();
        return ok;
      }),
    [refresh, report, withBusy],
  );

  const checkOutBadge = useCallback(
    async (raw: string) => {
      const badgeNo = normalizeBadgeNo(raw);
      if (!badgeNo) return false;
      const ok = report(await api.visits.checkOutByBadge({ badgeNo }), badgeNo);
      if (ok) await refresh();
      return ok;
    },
    [refresh, report],
  );

  const undoCheckOut = useCallback(
    (visit: VisitSummary) =>
      withBusy(visit.id, async () => {
        const result = await api.visits.undoCheckOut({ visitId: visit.id });
        if (result.ok) message.success(t('checkout.undone', { name: result.value.name }));
        else message.error(errorText(result.error));
        await refresh();
        return result.ok;
      }),
    [message, refresh, t, withBusy],
  );

  return { checkOutVisit, checkOutBadge, undoCheckOut, busyIds };
}
