import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useDesk } from '../../shell/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

/**
 * Prints the front desk's sheet for one day (YYYY-MM-DD): every confirmed or
 * running visit, to pin up. The arrow beside it picks language and printer.
 */
export function DaySchedulePrintButton({ day }: { day: string }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('day-schedule-print');
  if (!can('plans.view')) return null;

  const print = () => run('daySchedule', () => api.print.daySchedule({ day, locale: choices.locale, printerId: choices.printerId }));
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);

  return (
    <Space.Compact>
      <Button icon={<PrinterOutlined />} loading={busy !== null} onClick={() => void print()} data-testid="day-schedule-print">
        {t('planPrint.menu.dayButton')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, 'day-schedule-print'), onClick }}>
        <Button icon={<DownOutlined />} aria-label={t('planPrint.menu.dayOptions')} title={t('planPrint.menu.dayOptions')} data-testid="day-schedule-print-options" />
      </Dropdown>
    </Space.Compact>
  );
}
