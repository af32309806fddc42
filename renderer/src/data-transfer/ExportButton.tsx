import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../context/DeskContext';
import { ExportDialog, type ExportDialogProps } from './ExportDialog';

type Props = Pick<ExportDialogProps, 'dataset' | 'filters' | 'clientName'> & { 'data-testid'?: string; size?: 'small' | 'middle' };

/** A list's 导出 button: opens the export dialog with the list's filters; shown only to who may export. */
export function ExportButton({ dataset, filters, clientName, size, 'data-testid': testId = 'export-button' }: Props) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [open, setOpen] = useState(false);
  if (!can('data.export')) return null;
  return (
    <>
      <Button icon={<DownloadOutlined />} size={size} title={t('dataExport.buttonHint')} onClick={() => setOpen(true)} data-testid={testId}>
        {t('dataExport.button')}
      </Button>
      {open && <ExportDialog open dataset={dataset} filters={filters} clientName={clientName ?? null} onClose={() => setOpen(false)} />}
    </>
  );
}
