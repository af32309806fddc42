import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

/** A carried-out destruction's certificate on A4, printed or saved as a PDF. */
export function DestructionPrintButton({ destructionId }: { destructionId: string }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('destruction-print');
  if (!can('archive.view')) return null;

  const print = () => run('destructionCertificate', () => api.print.destruction({ id: destructionId, locale: choices.locale, printerId: choices.printerId }));
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);

  return (
    <Space.Compact size="small">
      <Button size="small" icon={<PrinterOutlined />} loading={busy !== null} onClick={() => void print()} data-testid="destruction-print">
        {t('retention.record.print')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, 'destruction-print'), onClick }}>
        <Button size="small" icon={<DownOutlined />} aria-label={t('planPrint.menu.dayOptions')} title={t('planPrint.menu.dayOptions')} data-testid="destruction-print-options" />
      </Dropdown>
    </Space.Compact>
  );
}
