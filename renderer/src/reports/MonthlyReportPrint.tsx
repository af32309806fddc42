import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Dropdown, Space, type MenuProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { applyChoice, choiceItems } from '../print-menus/choiceItems';
import { usePrintChoices } from '../print-menus/usePrintChoices';
import { usePrintDocument } from '../print-menus/usePrintDocument';
import type { ReportWords } from '../report-charts/words';

interface Props {
  month: string;
  onMonth: (month: string) => void;
  clientId: string | null;
  w: ReportWords;
}

/** The monthly report on A4 for the month picked beside the button (and the client chosen above), printed or saved as a PDF. */
export function MonthlyReportPrint({ month, onMonth, clientId, w }: Props) {
  const { t } = useTranslation();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('monthly-report-print');
  const print = () => run('monthlyReport', () => api.print.monthlyReport({ month, clientId, locale: choices.locale, printerId: choices.printerId }));
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);
  return (
    <Space.Compact>
      <DatePicker
        picker="month"
        aria-label={w.t('reports.printMonth')}
        value={dayjs(`${month}-01`)}
        allowClear={false}
        onChange={(value) => value && onMonth(value.format('YYYY-MM'))}
        data-testid="report-print-month"
      />
      <Button icon={<PrinterOutlined />} loading={busy !== null} onClick={() => void print()} title={w.t('reports.printTitle')} data-testid="report-print">
        {w.t('reports.print')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, 'report-print'), onClick }}>
        <Button icon={<DownOutlined />} aria-label={t('planPrint.menu.dayOptions')} title={t('planPrint.menu.dayOptions')} data-testid="report-print-options" />
      </Dropdown>
    </Space.Compact>
  );
}
