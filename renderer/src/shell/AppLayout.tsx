import { Layout, Result } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupBanner } from '../backup/BackupBanner';
import { useVisitLists } from '../desk/useVisitLists';
import { lazyNamed } from '../lib/lazyNamed';
import { ScreenLoading } from '../lib/ScreenLoading';
import { pageHash, useHashRoute } from '../lib/useHashRoute';
import { ChangePasswordModal } from '../session/ChangePasswordModal';
import { AppHeader } from './AppHeader';
import { useDesk } from '../context/DeskContext';
import { allowedPages } from './pages';
import { isServicePage } from './servicePages';
import { isArchivePage } from './archivePages';
import { isReportsPage } from './reportsPages';
import '../frame/frame.css';

// Each screen is its own chunk, fetched when first opened: the desk does not wait for the
// plans calendar (FullCalendar), nor a receptionist for the administration screens.
const DeskScreen = lazyNamed(() => import('../desk/DeskScreen'), 'DeskScreen');
const PlansScreen = lazyNamed(() => import('../plans/PlansScreen'), 'PlansScreen');
const ClientsScreen = lazyNamed(() => import('../clients/ClientsScreen'), 'ClientsScreen');
const AdminScreen = lazyNamed(() => import('./AdminScreen'), 'AdminScreen');
const ChecklistsScreen = lazyNamed(() => import('../checklists/ChecklistsScreen'), 'ChecklistsScreen');
const ServiceScreen = lazyNamed(() => import('./ServiceScreen'), 'ServiceScreen');
const ArchiveScreen = lazyNamed(() => import('./ArchiveScreen'), 'ArchiveScreen');
const ReportsNavScreen = lazyNamed(() => import('./ReportsNavScreen'), 'ReportsNavScreen');
const SettingsDrawer = lazyNamed(() => import('../settings/SettingsDrawer'), 'SettingsDrawer');

/**
 * Header and the current screen. Switching screens unmounts the one left,
 * which also hides any revealed ID number at once.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const route = useHashRoute();
  const { can } = useDesk();
  const pages = allowedPages(can);
  const asked = route.kind === 'page' ? route.page : 'desk';
  const recordId = route.kind === 'page' ? route.id : undefined;
  // A screen this user may not open (an old link, a role just changed) falls back to the first they may.
  const page = pages.includes(asked) ? asked : (pages[0] ?? null);
  const seesDesk = can('desk.view');
  // Feeds the header's on-site count on every screen, and the desk itself.
  const lists = useVisitLists(seesDesk);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);

  useEffect(() => {
    // Keep a record id only on the screen it was asked for.
    const wanted = page && pageHash(page, page === asked ? recordId : undefined);
    if (wanted && window.location.hash !== wanted) window.history.replaceState(null, '', wanted);
  }, [page, asked, recordId]);

  return (
    <Layout className="desk-layout">
      <AppHeader
        page={page}
        pages={pages}
        onSiteCount={seesDesk ? lists.onSite.scopeTotal : null}
        onOpenSettings={() => setSettingsOpen(true)}
        onChangePassword={() => setPasswordOpen(true)}
      />
      <Layout.Content className={page === 'desk' ? 'desk-content' : 'page-content'}>
        <Suspense fallback={<ScreenLoading />}>
          {page === 'desk' && (
            // The backup warning takes one thin line above the desk, and only while backups need attention.
            <div className="desk-stack">
              <BackupBanner />
              <DeskScreen lists={lists} />
            </div>
          )}
          {(page === 'users' || page === 'security' || page === 'backup' || page === 'audit') && <AdminScreen page={page} pages={pages} />}
          {page === 'plans' && <PlansScreen planId={recordId ?? null} />}
          {page === 'clients' && <ClientsScreen clientId={recordId ?? null} />}
          {(page === 'checklists' || page === 'templates' || page === 'quality' || page === 'emergency') && (
            <ChecklistsScreen page={page} pages={pages} recordId={recordId ?? null} />
          )}
          {page !== null && isServicePage(page) && <ServiceScreen page={page} pages={pages} recordId={recordId ?? null} />}
          {page !== null && isArchivePage(page) && <ArchiveScreen page={page} pages={pages} recordId={recordId ?? null} />}
          {page !== null && isReportsPage(page) && <ReportsNavScreen page={page} pages={pages} />}
        </Suspense>
        {page === null && <Result status="403" title={t('account.noPages')} />}
      </Layout.Content>
      {/* Closed, the drawer shows nothing: its code may arrive after the screen's. */}
      <Suspense fallback={null}>{can('settings.manage') && <SettingsDrawer open={settingsOpen} onClose={() => setSettingsOpen(false)} />}</Suspense>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Layout>
  );
}
