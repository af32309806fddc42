import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { applyChoice, choiceItems } from './choiceItems';
import { usePrintChoices } from './usePrintChoices';
import { usePrintDocument } from './usePrintDocument';

interface Props {
  templateId: string;
  /** The request whose code goes on the paper; or the plan / visit to ask (main creates the request). */
  requestId?: string | null;
  planId?: string | null;
  visitId?: string | null;
  label: string;
  testId: string;
  size?: 'small' | 'middle';
  onPrinted?: () => void;
}

/** A paper questionnaire on A4 with its code and QR code, in the chosen language, to the chosen printer or a PDF. */
export function QuestionnairePrintButton({ templateId, requestId = null, planId = null, visitId = null, label, testId, size = 'middle', onPrinted }: Props) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument(testId);
  if (!can('feedback.record')) return null;

  const print = async () => {
    const done = await run('questionnaire', () => api.print.questionnaire({ templateId, requestId, planId, visitId, locale: choices.locale, printerId: choices.printerId }));
    if (done) onPrinted?.();
  };
  const onClick: MenuProps['onClick'] = ({ key }) => applyChoice(key, choices);

  return (
    <Space.Compact size={size}>
      <Button icon={<PrinterOutlined />} loading={busy !== null} onClick={() => void print()} data-testid={testId}>
        {label}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: choiceItems(t, choices, testId), onClick }}>
        <Button icon={<DownOutlined />} aria-label={t('checklists.todo.printOptions')} title={t('checklists.todo.printOptions')} data-testid={`${testId}-options`} />
      </Dropdown>
    </Space.Compact>
  );
}
