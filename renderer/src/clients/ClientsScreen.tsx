import { FileExcelOutlined, PlusOutlined, ReloadOutlined, SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Input, Select, Space, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_TIERS, clients, type ClientDetail, type ClientSummary, type ClientTier, type PersonSummary } from '../../../contract/clients';
import { api } from '../api/client';
import { ImportDialog } from '../data-transfer/ImportDialog';
import { errorText } from '../lib/errors';
import { useDesk } from '../context/DeskContext';
import { ClientDetailDrawer } from './ClientDetailDrawer';
import { ClientFormModal } from './ClientFormModal';
import { ClientsTable } from './ClientsTable';
import { MergePersonModal } from './MergePersonModal';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from '../directory/PersonFormModal';
import { TierTag } from '../directory/TierTag';
import { useClients } from './useClients';
import { usePeople } from './usePeople';
import { maxLengthOf } from '../lib/fieldLimit';
import './clients.css';
import { ExportButton } from '../data-transfer/ExportButton';

type EditingClient = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; client: ClientDetail };
type EditingPerson = { open: false } | { open: true; personId: string | null; client: { id: string; name: string } | null };
type Merging = { keep: PersonSummary; colleagues: PersonSummary[] } | null;

type DirectoryTab = 'clients' | 'people';

/**
 * The client directory (`#/clients`): organizations and their people, and
 * everyone else on file (walk-ins registered at the desk), keeping one record per person.
 * `#/clients/<id>` opens that client (the header's search leads there).
 */
export function ClientsScreen({ clientId = null }: { clientId?: string | null }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { can } = useDesk();
  const canManage = can('clients.manage');
  const list = useClients();
  const [tab, setTab] = useState<DirectoryTab>('clients');
  const people = usePeople(tab === 'people');
  const [openId, setOpenId] = useState<string | null>(clientId);
  useEffect(() => {
    if (clientId) setOpenId(clientId);
  }, [clientId]);
  const [detailVersion, setDetailVersion] = useState(0);
  const [editingClient, setEditingClient] = useState<EditingClient>({ mode: 'closed' });
  const [editingPerson, setEditingPerson] = useState<EditingPerson>({ open: false });
  const [merging, setMerging] = useState<Merging>(null);
  const [importing, setImporting] = useState(false);
  const mayImport = canManage && can('data.import');

  /** After any change: the list and the open client show it. */
  function refresh() {
    void list.reload();
    if (tab === 'people') void people.reload();
    setDetailVersion((v) => v + 1);
  }

  async function archive(client: { id: string; name: string }, force: boolean) {
    const result = await api.clients.archive({ id: client.id, ...(force ? { force: true } : {}) });
    if (result.ok) {
      message.success(t('clients.archived', { name: client.name }));
      if (openId === client.id) setOpenId(null);
      refresh();
      return;
    }
    const people = result.error.details?.people;
    if (!force && result.error.code === 'CONFLICT' && result.error.details?.reason === 'hasPeople') {
      modal.confirm({
        title: t('clients.archiveAnywayTitle'),
        content: t('clients.archiveAnywayContent', { name: client.name, people: typeof people === 'number' ? people : '' }),
        okText: t('clients.archiveAnyway'),
        okButtonProps: { danger: true, 'data-testid': 'client-archive-anyway' },
        cancelText: t('clients.cancel'),
        onOk: () => archive(client, true),
      });
      return;
    }
    message.error(errorText(result.error));
  }

  /** The list row lacks the background: edit the full record. */
  async function editClient(client: ClientSummary) {
    const result = await api.clients.get({ id: client.id });
    if (result.ok) setEditingClient({ mode: 'edit', client: result.value });
    else message.error(errorText(result.error));
  }

  function confirmArchive(client: { id: string; name: string }) {
    modal.confirm({
      title: t('clients.archiveTitle', { name: client.name }),
      content: t('clients.archiveContent'),
      okText: t('clients.archive'),
      okButtonProps: { danger: true, 'data-testid': 'client-archive-confirm' },
      cancelText: t('clients.cancel'),
      onOk: () => archive(client, false),
    });
  }

  return (
    <div className="clients-page">
      <Card
        title={t('clients.title')}
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={() => void (tab === 'people' ? people.reload() : list.reload())}>
              {t('clients.refresh')}
            </Button>
            {tab === 'people' ? (
              <ExportButton dataset="people" filters={{ ...(people.query.trim() && { query: people.query.trim() }), ...(people.withoutClient && { withoutClient: true }) }} data-testid="people-export" />
            ) : (
              <ExportButton dataset="clients" filters={{ ...(list.query.trim() && { query: list.query.trim() }), ...(list.tier && { tier: list.tier }) }} data-testid="clients-export" />
            )}
            {mayImport && (
              <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)} data-testid="clients-import">
                {tab === 'people' ? t('dataImport.openPeople') : t('dataImport.openClients')}
              </Button>
            )}
            {canManage && (
              <>
                <Button icon={<UserAddOutlined />} onClick={() => setEditingPerson({ open: true, personId: null, client: null })} data-testid="person-create">
                  {t('people.create')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditingClient({ mode: 'create' })} data-testid="client-create">
                  {t('clients.create')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as DirectoryTab)}
          aria-label={t('forms.people.tabsLabel')}
          data-testid="directory-tabs"
          items={[
            {
              key: 'clients',
              label: t('forms.people.tabClients'),
              children: (
                <>
                  <div className="clients-filters">
                    <Input
                      allowClear
                      prefix={<SearchOutlined />}
                      value={list.query}
                      onChange={(e) => list.setQuery(e.target.value)}
                      placeholder={t('clients.search')}
                      // Hard cap: a search saves nothing, and main takes no longer query (clients.list), so a cut loses no data.
                      maxLength={maxLengthOf(clients.list.input.shape.query)}
                      className="clients-filters__search"
                      data-testid="clients-search"
                    />
                    <Select<ClientTier | 'all'>
                      value={list.tier ?? 'all'}
                      onChange={(v) => list.setTier(v === 'all' ? undefined : v)}
                      className="clients-filters__tier"
                      aria-label={t('clients.form.tier')}
                      options={[
                        { value: 'all', label: t('clients.tierAll') },
                        ...CLIENT_TIERS.map((tier) => ({ value: tier, label: <TierTag tier={tier} /> })),
                      ]}
                      data-testid="clients-tier"
                    />
                  </div>
                  {list.error && <Alert type="warning" showIcon title={errorText(list.error)} className="clients-alert" />}
                  <ClientsTable
                    list={list}
                    canManage={canManage}
                    selectedId={openId}
                    onOpen={(c) => setOpenId(c.id)}
                    onEdit={(c) => void editClient(c)}
                    onArchive={confirmArchive}
                  />
                </>
              ),
            },
            {
              key: 'people',
              label: t('forms.people.tabPeople'),
              children: (
                <>
                  <div className="clients-filters">
                    <Input
                      allowClear
                      prefix={<SearchOutlined />}
                      value={people.query}
                      onChange={(e) => people.setQuery(e.target.value)}
                      placeholder={t('forms.people.search')}
                      aria-label={t('forms.people.search')}
                      className="clients-filters__search"
                      data-testid="people-search"
                    />
                    <Checkbox checked={people.withoutClient} onChange={(e) => people.setWithoutClient(e.target.checked)} data-testid="people-without-client">
                      {t('forms.people.onlyWithoutClient')}
                    </Checkbox>
                  </div>
                  {people.error && <Alert type="warning" showIcon title={errorText(people.error)} className="clients-alert" />}
                  <PeopleTable
                    list={people}
                    canManage={canManage}
                    onEdit={(p) => setEditingPerson({ open: true, personId: p.id, client: null })}
                    onMerge={(p) => setMerging({ keep: p, colleagues: [] })}
                  />
                </>
              ),
            },
          ]}
        />
      </Card>
      <ClientDetailDrawer
        clientId={openId}
        canManage={canManage}
        version={detailVersion}
        onClose={() => setOpenId(null)}
        onEdit={(c: ClientDetail) => setEditingClient({ mode: 'edit', client: c })}
        onArchive={confirmArchive}
        onAddPerson={(c) => setEditingPerson({ open: true, personId: null, client: { id: c.id, name: c.name } })}
        onEditPerson={(p) => setEditingPerson({ open: true, personId: p.id, client: null })}
        onMergePerson={(p, c) => setMerging({ keep: p, colleagues: c.people })}
      />
      <ClientFormModal
        open={editingClient.mode !== 'closed'}
        client={editingClient.mode === 'edit' ? editingClient.client : null}
        onClose={() => setEditingClient({ mode: 'closed' })}
        onSaved={(client, created) => {
          setEditingClient({ mode: 'closed' });
          message.success(t(created ? 'clients.created' : 'clients.saved', { name: client.name }));
          refresh();
        }}
      />
      <PersonFormModal
        open={editingPerson.open}
        personId={editingPerson.open ? editingPerson.personId : null}
        client={editingPerson.open ? editingPerson.client : null}
        onClose={() => setEditingPerson({ open: false })}
        onSaved={(person, created) => {
          setEditingPerson({ open: false });
          message.success(t(created ? 'people.created' : 'people.saved', { name: person.name }));
          refresh();
        }}
      />
      <MergePersonModal
        keep={merging?.keep ?? null}
        colleagues={merging?.colleagues ?? []}
        onClose={() => setMerging(null)}
        onMerged={(_person, visits) => {
          setMerging(null);
          message.success(t('merge.done', { visits }));
          refresh();
        }}
      />
      <ImportDialog open={importing} target={tab === 'people' ? 'people' : 'clients'} onClose={() => setImporting(false)} onDone={refresh} />
    </div>
  );
}
