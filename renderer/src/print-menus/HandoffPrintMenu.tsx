import { CheckCircleFilled, DownOutlined, ExportOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DESK_DEPARTMENT, type Department } from '../../../contract/checklists';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

interface Props {
  planId: string;
  /** The plan's departments other than the desk, with whether their sheet was already handed off. */
  departments: { department: Department; handedOff: boolean }[];
  /** After a print: the items are now marked handed off. */
  onPrinted: () => void;
}

const DEPT_KEY = 'dept:';

/**
 * 交接单: one department's items for this visit on A4 (security, cleaning, IT…),
 * in the chosen language on the chosen printer. Printing marks them handed off.
 */
export function HandoffPrintMenu({ planId, departments, onPrinted }: Props) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument(`handoff-print-${planId}`);
  const shown = departments.filter((d) => d.department !== DESK_DEPARTMENT);
  if (!can('checklists.tick') || shown.length === 0) return null;

  const print = async (department: Department) => {
    const ok = await run('handoff', () => api.print.handoff({ planId, department, locale: choices.locale, printerId: choices.printerId }));
    if (ok) onPrinted();
  };

  const items: MenuProps['items'] = [
    ...shown.map((d) => ({
      key: `${DEPT_KEY}${d.department}`,
      icon: d.handedOff ? <CheckCircleFilled className="handoff-done" /> : <ExportOutlined />,
      label: (
        <span data-testid={`handoff-print-${d.department}`} data-handed-off={d.handedOff || undefined}>
          {t(`planChecklists.departments.${d.department}`)}
          {d.handedOff && ` · ${t('planChecklists.handoff.handedOff')}`}
        </span>
      ),
    })),
    { type: 'divider' },
    ...choiceItems(t, choices, 'handoff-print'),
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (applyChoice(key, choices)) return;
    if (key.startsWith(DEPT_KEY)) void print(key.slice(DEPT_KEY.length) as Department);
  };

  return (
    <Dropdown trigger={['click']} menu={{ items, onClick, selectable: false }}>
      <Button icon={<ExportOutlined />} loading={busy !== null} title={t('planChecklists.handoff.hint')} data-testid="handoff-print-menu">
        {t('planChecklists.handoff.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
