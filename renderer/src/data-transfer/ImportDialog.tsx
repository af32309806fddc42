import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '../../../contract/data-import';
import { ImportWizard } from './ImportWizard';

/** The import wizard in a dialog, for a domain screen's own import button (a plan's guests, the clients list). */
export function ImportDialog({ open, target, planId, onClose, onDone }: { open: boolean; target: ImportTarget; planId?: string; onClose: () => void; onDone?: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('dataImport.dialogTitle', { what: t(`dataImport.targets.${target}`) })}
      onCancel={onClose}
      footer={null}
      width="min(1200px, 96vw)"
      destroyOnHidden
      maskClosable={false}
      data-testid="import-dialog"
    >
      <ImportWizard target={target} planId={planId} onClose={onClose} onDone={onDone} />
    </Modal>
  );
}
