import { Button, Descriptions, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportDataset, ExportRequest } from '../../../contract/data-export';
import { exportFilterSummary } from './exportFilterSummary';
import { ExportPanel } from './ExportPanel';
import { deskSpace } from '../theme';

export interface ExportDialogProps {
  open: boolean;
  dataset: ExportDataset;
  /** The list's filters as they are on screen. */
  filters: ExportRequest['filters'];
  /** A client filter's name (the filters hold its id). */
  clientName?: string | null;
  onClose: () => void;
}

/**
 * Export from a list (clients, people, plans, the desk's visits): the list's
 * filters, shown in words, and the export panel. Closing while an export runs
 * cancels it.
 */
export function ExportDialog({ open, dataset, filters, clientName, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const name = t(`dataExport.datasets.${dataset}`);
  return (
    <Modal open={open} title={t('dataExport.dialogTitle', { dataset: name })} onCancel={onClose} footer={null} destroyOnHidden width={560} data-testid="export-dialog">
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: deskSpace.md }}
        items={[
          { key: 'dataset', label: t('dataExport.dataset'), children: name },
          { key: 'filters', label: t('dataExport.filters'), children: <span data-testid="export-dialog-filters">{exportFilterSummary(dataset, filters as never, clientName)}</span> },
        ]}
      />
      <ExportPanel dataset={dataset} filters={filters} onFinished={onClose} extraAction={<Button onClick={onClose}>{t('dataExport.close')}</Button>} />
    </Modal>
  );
}
