import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

/** An incident's report on A4 (what happened, who did what when, the call-back), printed or saved as a PDF. */
export function IncidentPrintButton({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('incident-print');
  if (!can('incidents.handle')) return null;

  const print = () => run('incidentReport', () => api.print.incident({ id: incidentId, locale: choices.locale, printerId: choices.printerId }));
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);

  return (
    <Space.Compact>
      <Button icon={<PrinterOutlined />} loading={busy !== null} onClick={() => void print()} data-testid="incident-print">
        {t('incidents.detail.print')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, 'incident-print'), onClick }}>
        <Button icon={<DownOutlined />} aria-label={t('planPrint.menu.dayOptions')} title={t('planPrint.menu.dayOptions')} data-testid="incident-print-options" />
      </Dropdown>
    </Space.Compact>
  );
}
