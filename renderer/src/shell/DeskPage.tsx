import { Layout } from 'antd';
import { useState } from 'react';
import { DeskScreen } from '../desk/DeskScreen';
import { useVisitLists } from '../desk/useVisitLists';
import { SettingsDrawer } from '../settings/SettingsDrawer';
import { AppHeader } from './AppHeader';
import './shell.css';

/** Header, the front desk, and the settings drawer; the visit lists feed both header and desk. */
export function DeskPage() {
  const lists = useVisitLists();
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <Layout className="desk-layout">
      <AppHeader onSiteCount={lists.onSite.length} onOpenSettings={() => setSettingsOpen(true)} />
      <Layout.Content className="desk-content">
        <DeskScreen lists={lists} />
      </Layout.Content>
      <SettingsDrawer open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </Layout>
  );
}
