import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SAVE_AS_PDF } from '../../../contract/print';
import { printerProfileFor } from '../../../contract/settings';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { formatFull } from '../lib/format';
import { handOverFile } from '../lib/handOverFile';
import { useDesk } from '../context/DeskContext';

const TOAST_KEY = 'print-badges';

/**
 * Prints badges with the desk's printer and that printer's layout. A badge
 * printed before needs an explicit "print again", which main logs.
 */
export function usePrintBadges(refresh: () => Promise<void>) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { settings, locale } = useDesk();
  const [printingIds, setPrintingIds] = useState<ReadonlySet<string>>(new Set());

  const print = useCallback(
    async (visitIds: string[]): Promise<boolean> => {
      if (visitIds.length === 0) return false;
      const printerId = settings.printerId || SAVE_AS_PDF;
      const layoutId = printerProfileFor(settings, printerId).layoutId;
      const send = (confirmReprint: boolean) =>
        api.print.badges({ visitIds, layoutId, printerId, locale, confirmReprint });

      setPrintingIds((s) => new Set([...s, ...visitIds]));
      message.open({ key: TOAST_KEY, type: 'loading', content: t('print.printing'), duration: 0 });
      try {
        let result = await send(false);
        if (!result.ok && result.error.code === 'ALREADY_PRINTED') {
          message.destroy(TOAST_KEY);
          const details = result.error.details ?? {};
          const count = Number(details.printedBefore ?? 1);
          const badges = Number(details.badges ?? 1);
          const last = typeof details.lastPrintedAt === 'string' ? details.lastPrintedAt : null;
          const confirmed = await modal.confirm({
            title: t('print.reprintTitle'),
            content: (
              <>
                <p>{visitIds.length > 1 ? t('print.reprintContentMany', { badges, count }) : t('print.reprintContent', { count })}</p>
                {last && <p className="muted">{t('print.reprintLast', { time: formatFull(last) })}</p>}
              </>
            ),
            okText: t('print.reprintOk'),
            cancelText: t('print.cancel'),
          });
          if (!confirmed) return false;
          message.open({ key: TOAST_KEY, type: 'loading', content: t('print.printing'), duration: 0 });
          result = await send(true);
        }
        if (!result.ok) {
          message.open({ key: TOAST_KEY, type: 'error', content: errorText(result.error), duration: 6 });
          return false;
        }
        const done = result.value;
        if (done.fileId) {
          const notice = await handOverFile(done.fileId, t('files.what.badges'));
          message.open({ key: TOAST_KEY, type: notice.type, content: notice.text, duration: 8 });
        } else {
          message.open({ key: TOAST_KEY, type: 'success', content: t('print.printed', { count: done.badges }), duration: 4 });
        }
        return true;
      } finally {
        setPrintingIds((s) => new Set([...s].filter((id) => !visitIds.includes(id))));
        // The printed count on each row changed (or a failed attempt may have printed some).
        await refresh();
      }
    },
    [locale, message, modal, refresh, settings, t],
  );

  return { print, printingIds };
}
