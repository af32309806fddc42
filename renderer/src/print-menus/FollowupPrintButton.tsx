import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

/** The follow-up sheet: one sequence, a client's active ones, or the signed-in user's; language and printer in the menu beside it. */
export function FollowupPrintButton({ id, clientId, mine, label }: { id?: string; clientId?: string; mine?: boolean; label: string }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('followup-print');
  if (!can('followups.work')) return null;

  const print = () =>
    run('followupSheet', () =>
      api.print.followups({ ...(id && { id }), ...(clientId && { clientId }), mine: mine ?? false, locale: choices.locale, printerId: choices.printerId }),
    );
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);

  return (
    <Space.Compact>
      <Button icon={<PrinterOutlined />} loading={busy !== null} onClick={() => void print()} data-testid="followup-print">
        {label}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, 'followup-print'), onClick }}>
        <Button icon={<DownOutlined />} aria-label={t('planPrint.menu.dayOptions')} title={t('planPrint.menu.dayOptions')} data-testid="followup-print-options" />
      </Dropdown>
    </Space.Compact>
  );
}
