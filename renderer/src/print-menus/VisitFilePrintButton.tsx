import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

/** A past visit's file as one A4 PDF (or on paper), in the language and printer chosen. */
export function VisitFilePrintButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('visit-file-print');
  if (!can('archive.view')) return null;

  const print = () => run('visitFile', () => api.print.visitFile({ planId, locale: choices.locale, printerId: choices.printerId }));
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);

  return (
    <Space.Compact>
      <Button icon={<PrinterOutlined />} loading={busy !== null} onClick={() => void print()} data-testid="visit-file-print">
        {t('pastVisits.actions.print')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, 'visit-file-print'), onClick }}>
        <Button icon={<DownOutlined />} aria-label={t('planPrint.menu.dayOptions')} title={t('planPrint.menu.dayOptions')} data-testid="visit-file-print-options" />
      </Dropdown>
    </Space.Compact>
  );
}
