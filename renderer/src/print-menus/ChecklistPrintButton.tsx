import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../contract/checklists';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

/**
 * Prints checklists on A4 with boxes to tick by hand: one plan's lists, or one
 * day's open items (optionally one department's), for a walk-through with a clipboard.
 */
export function ChecklistPrintButton({ planId, day, department }: { planId?: string; day: string; department?: Department }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('checklist-print');
  if (!can('checklists.view')) return null;

  const print = () =>
    run('checklist', () => api.print.checklist({ ...(planId ? { planId } : { day }), department, locale: choices.locale, printerId: choices.printerId }));
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);

  return (
    <Space.Compact>
      <Button icon={<PrinterOutlined />} loading={busy !== null} onClick={() => void print()} data-testid="checklist-print">
        {t('checklists.todo.print')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, 'checklist-print'), onClick }}>
        <Button icon={<DownOutlined />} aria-label={t('checklists.todo.printOptions')} title={t('checklists.todo.printOptions')} data-testid="checklist-print-options" />
      </Dropdown>
    </Space.Compact>
  );
}
