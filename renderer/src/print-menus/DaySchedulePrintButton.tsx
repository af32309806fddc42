import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tooltip, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

/**
 * Prints the front desk's sheet for one day (YYYY-MM-DD): every confirmed or
 * running visit, to pin up. The arrow beside it picks language and printer.
 * `compact` shows the printer icon only (with its name as a tooltip), for a full toolbar.
 */
export function DaySchedulePrintButton({ day, compact = false }: { day: string; compact?: boolean }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('day-schedule-print');
  if (!can('plans.print')) return null;

  const print = () => run('daySchedule', () => api.print.daySchedule({ day, locale: choices.locale, printerId: choices.printerId }));
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);

  return (
    <Space.Compact>
      <Tooltip title={compact ? t('planPrint.menu.dayButton') : undefined}>
        <Button
          icon={<PrinterOutlined />}
          loading={busy !== null}
          onClick={() => void print()}
          aria-label={t('planPrint.menu.dayButton')}
          data-testid="day-schedule-print"
        >
          {compact ? null : t('planPrint.menu.dayButton')}
        </Button>
      </Tooltip>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, 'day-schedule-print'), onClick }}>
        <Button icon={<DownOutlined />} aria-label={t('planPrint.menu.dayOptions')} title={t('planPrint.menu.dayOptions')} data-testid="day-schedule-print-options" />
      </Dropdown>
    </Space.Compact>
  );
}
