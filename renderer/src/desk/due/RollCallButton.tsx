import { TeamOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useDesk } from '../../context/DeskContext';
import { usePrintChoices } from '../../print-menus/usePrintChoices';
import { usePrintDocument } from '../../print-menus/usePrintDocument';

/**
 * 点名表: everyone on site now, large on A4, for the assembly point. One press,
 * no dialog: in an emergency nobody picks a printer. It never takes the focus
 * from the check-in form: after printing the cursor goes back there.
 */
export function RollCallButton({ onFocusHome }: { onFocusHome: () => void }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const choices = usePrintChoices();
  const { run, busy } = usePrintDocument('roll-call-print');
  if (!can('badges.print')) return null;

  async function print() {
    await run('rollCall', () => api.print.rollCall({ locale: choices.locale, printerId: choices.printerId }));
    onFocusHome();
  }

  return (
    <Button
      danger
      size="large"
      icon={<TeamOutlined />}
      loading={busy !== null}
      onClick={() => void print()}
      // A mouse press must not pull the cursor out of the form.
      onMouseDown={(e) => e.preventDefault()}
      className="roll-call-button"
      title={t('planChecklists.rollCall.hint')}
      data-testid="roll-call-print"
    >
      {t('planChecklists.rollCall.button')}
    </Button>
  );
}
