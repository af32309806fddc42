import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { handOverFile } from '../lib/handOverFile';
import type { AuditFilter } from './useAuditLog';

type Format = 'csv' | 'xlsx';

/**
 * Exports the filtered log: main writes it to the data folder's `exports/`,
 * names it and audits the export; then it is handed to the user (download or
 * save dialog) and the toast says where it went.
 */
export function ExportButtons({ filter }: { filter: AuditFilter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Format | null>(null);

  async function exportAs(format: Format) {
    setBusy(format);
    try {
      const result = await api.audit.export({ ...filter, format });
      if (!result.ok) {
        message.error(errorText(result.error));
        return;
      }
      const notice = await handOverFile(result.value.fileId, t('files.what.audit', { count: result.value.rows }));
      message.open({ type: notice.type, content: notice.text, duration: 8 });
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Button icon={<FileTextOutlined />} loading={busy === 'csv'} disabled={busy !== null} onClick={() => void exportAs('csv')} data-testid="audit-export-csv">
        {t('audit.exportCsv')}
      </Button>
      <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void exportAs('xlsx')} data-testid="audit-export-xlsx">
        {t('audit.exportXlsx')}
      </Button>
    </>
  );
}
