import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import type { AuditFilter } from './useAuditLog';

type Format = 'csv' | 'xlsx';

/**
 * Saves the filtered log in the data folder's `exports/`; main names the file
 * and audits the export. The renderer only ever learns the file's name.
 */
export function ExportButtons({ filter }: { filter: AuditFilter }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<Format | null>(null);

  async function exportAs(format: Format) {
    setBusy(format);
    try {
      const result = await api.audit.export({ ...filter, format });
      if (result.ok) message.success(t('audit.exported', { count: result.value.rows, fileName: result.value.fileName }), 8);
      else message.error(errorText(result.error));
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
