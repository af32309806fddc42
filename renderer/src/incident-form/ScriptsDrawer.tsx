import { ReadOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScriptsPanel } from './ScriptsPanel';

/** 话术 on the desk: a button that opens the reply scripts at the side, over whatever the receptionist is doing. */
export function ScriptsDrawerButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ReadOutlined />} onClick={() => setOpen(true)} data-testid="scripts-drawer-open">
        {t('incidents.scripts.drawer')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} size={460} title={t('incidents.scripts.title')} destroyOnHidden data-testid="scripts-drawer">
        <ScriptsPanel />
      </Drawer>
    </>
  );
}
