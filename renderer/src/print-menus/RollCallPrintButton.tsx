import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

/** The roll call: everyone on site now, large on A4, for the assembly point. One press, no questions first. */
export function RollCallPrintButton({ danger = false }: { danger?: boolean }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('roll-call-print');
  if (!can('badges.print')) return null;

  const print = () => run('rollCall', () => api.print.rollCall({ locale: choices.locale, printerId: choices.printerId }));
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);

  return (
    <Space.Compact>
      <Button danger={danger} icon={<PrinterOutlined />} loading={busy !== null} onClick={() => void print()} data-testid="roll-call-print">
        {t('checklists.emergency.rollCall')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, 'roll-call-print'), onClick }}>
        <Button
          danger={danger}
          icon={<DownOutlined />}
          aria-label={t('checklists.emergency.rollCallOptions')}
          title={t('checklists.emergency.rollCallOptions')}
          data-testid="roll-call-print-options"
        />
      </Dropdown>
    </Space.Compact>
  );
}
