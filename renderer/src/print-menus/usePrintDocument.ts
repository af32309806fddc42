import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../contract/result';
import { errorText } from '../lib/errors';
import { handOverFile } from '../lib/handOverFile';

export type DocumentName = 'guestItinerary' | 'teamItinerary' | 'welcomeSign' | 'daySchedule' | 'checklist' | 'handoff' | 'rollCall' | 'incidentReport' | 'questionnaire' | 'followupSheet' | 'visitFile' | 'destructionCertificate' | 'monthlyReport';

interface Printed {
  outcome: 'printed' | 'saved';
  fileName: string | null;
  fileId: string | null;
  pages: number;
}

/**
 * Runs one print call with a progress toast that turns into the outcome:
 * sent to the printer, a PDF handed to the user (and where it went), or why it failed.
 */
export function usePrintDocument(toastKey: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<DocumentName | null>(null);

  const run = useCallback(
    async (name: DocumentName, call: () => Promise<Result<Printed>>): Promise<boolean> => {
      const document = t(`planPrint.documents.${name}`);
      setBusy(name);
      message.open({ key: toastKey, type: 'loading', content: t('planPrint.printing', { document }), duration: 0 });
      try {
        const result = await call();
        if (!result.ok) {
          message.open({ key: toastKey, type: 'error', content: errorText(result.error), duration: 6 });
          return false;
        }
        const done = result.value;
        if (done.fileId) {
          const notice = await handOverFile(done.fileId, t('files.what.document', { document }));
          message.open({ key: toastKey, type: notice.type, content: notice.text, duration: 8 });
        } else {
          message.open({ key: toastKey, type: 'success', content: t('planPrint.printed', { document, count: done.pages }), duration: 4 });
        }
        return true;
      } finally {
        setBusy(null);
      }
    },
    [message, t, toastKey],
  );

  return { run, busy };
}
