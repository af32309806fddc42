import { FileExcelOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Tooltip, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../contract/clients';
import type { VisitorSummary } from '../../../../contract/visitors';
import { api } from '../../api/client';
import { ImportDialog } from '../../data-transfer/ImportDialog';
import { PersonFormModal } from '../../directory/PersonFormModal';
import { errorText } from '../../lib/errors';
import { useDesk } from '../../context/DeskContext';
import { useSectionReport } from './editorContext';
import { GuestCount } from './GuestCount';
import { GuestSearch } from './GuestSearch';
import { GuestTable } from './GuestTable';
import { firstNeedTooLong, guestOf, guestsInput, sameGuests, withGuests, withLead, withNeed, type GuestRow } from './guestRows';
import { SectionToolbar } from './SectionToolbar';
import type { SectionProps } from './sectionProps';

type PersonDialog = { personId: string | null; name: string } | null;

/** A person's own standing needs become this visit's defaults; what is typed for the visit wins. */
function withPersonDefaults(row: GuestRow, person: Person): GuestRow {
  return {
    ...row,
    name: person.name,
    title: person.title,
    company: person.company,
    phone: person.phone,
    needs: { ...row.needs, diet: row.needs.diet || person.dietary, transport: row.needs.transport || person.transport },
  };
}

/** Who comes: picked from the directory (or created in place), with the lead and each guest's needs. */
export function GuestsSection({ plan, readOnly, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // Creating or correcting a directory record is a client-directory right, not a planning one.
  const mayEditPeople = useDesk().can('clients.manage');
  const [rows, setRows] = useState<GuestRow[]>(plan.guests);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [dialog, setDialog] = useState<PersonDialog>(null);
  const [importing, setImporting] = useState(false);
  const mayImport = useDesk().can('data.import');
  const searchRef = useRef<InputRef>(null);
  const dirty = !sameGuests(rows, plan.guests);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const onList = useMemo(() => new Set(rows.map((g) => g.personId)), [rows]);
  // PersonFormModal starts over when this object changes: keep it stable.
  const client = useMemo(() => (plan.clientId ? { id: plan.clientId, name: plan.clientName ?? '' } : null), [plan.clientId, plan.clientName]);

  useEffect(() => {
    if (!dirtyRef.current) setRows(plan.guests);
  }, [plan.guests]);

  /** Fills in what the search result lacks (title, standing needs) once the person's record arrives. */
  async function complete(personIds: string[]) {
    const people = await Promise.all(personIds.map((id) => api.people.get({ id })));
    const found = new Map(people.flatMap((r) => (r.ok ? [[r.value.id, r.value] as const] : [])));
    setRows((current) => current.map((g) => (found.has(g.personId) ? withPersonDefaults(g, found.get(g.personId)!) : g)));
  }

  function add(visitor: VisitorSummary) {
    setRows((current) => withGuests(current, [guestOf(visitor)]));
    void complete([visitor.id]);
  }

  async function addClientPeople() {
    if (!plan.clientId) return;
    setAdding(true);
    const result = await api.clients.get({ id: plan.clientId });
    setAdding(false);
    if (!result.ok) return message.error(errorText(result.error));
    const name = result.value.name;
    if (result.value.people.length === 0) return message.info(t('planEditor.guests.clientHasNoPeople', { client: name }));
    const fresh = result.value.people.filter((p) => !onList.has(p.id));
    if (fresh.length === 0) return message.info(t('planEditor.guests.clientPeopleNone', { client: name }));
    setRows((current) => withGuests(current, fresh.map(guestOf)));
    message.success(t('planEditor.guests.clientPeopleAdded', { count: fresh.length }));
    void complete(fresh.map((p) => p.id));
  }

  function personSaved(person: Person) {
    setDialog(null);
    const listed = onList.has(person.id);
    setRows((current) =>
      listed
        ? current.map((g) => (g.personId === person.id ? withPersonDefaults(g, person) : g))
        : withGuests(current, [withPersonDefaults(guestOf(person), person)]),
    );
    message.success(listed ? t('people.saved', { name: person.name }) : t('planEditor.guests.added', { name: person.name }));
    window.setTimeout(() => searchRef.current?.focus(), 0);
  }

  async function save() {
    if (readOnly || busy) return;
    if (!dirty) return void message.info(t('planEditor.section.noChanges'));
    const over = firstNeedTooLong(rows);
    if (over) {
      const column = `${over.row.name} ${t(`planEditor.guests.columns.${over.key}`)}`;
      return void message.error(t('lengths.cellTooLong', { column, problem: t('forms.tooLong', { max: over.max, count: over.count }) }));
    }
    setBusy(true);
    const result = await api.plans.setGuests({ planId: plan.id, guests: guestsInput(rows) });
    setBusy(false);
    if (!result.ok) return void message.error(errorText(result.error));
    setRows(result.value.guests);
    onSaved(result.value);
    message.success(t('planEditor.section.saved'));
  }

  useSectionReport('guests', dirty, () => void save());

  /** After an import the plan is read again: the new guests come from main, as saved. */
  async function imported() {
    const result = await api.plans.get({ id: plan.id });
    if (!result.ok) return void message.error(errorText(result.error));
    setRows(result.value.guests);
    onSaved(result.value);
  }

  return (
    <div className="plan-section" data-testid="plan-guests">
      <SectionToolbar section="guests" dirty={dirty} busy={busy} readOnly={readOnly} onSave={() => void save()} onDiscard={() => setRows(plan.guests)}>
        {!readOnly && (
          <>
            <GuestSearch onList={onList} onPick={add} onCreate={mayEditPeople ? (name) => setDialog({ personId: null, name }) : undefined} inputRef={searchRef} />
            {mayEditPeople && (
              <Button icon={<UserAddOutlined />} onClick={() => setDialog({ personId: null, name: '' })} data-testid="guest-create">
                {t('planEditor.guests.createNew')}
              </Button>
            )}
            {mayImport && (
              // An import writes at once: unsaved changes to the list come first.
              <Button icon={<FileExcelOutlined />} disabled={dirty} onClick={() => setImporting(true)} data-testid="guest-import">
                {t('dataImport.open')}
              </Button>
            )}
            {client && (
              <Tooltip title={t('planEditor.guests.addClientPeopleHint', { client: client.name })}>
                <Button icon={<TeamOutlined />} loading={adding} onClick={() => void addClientPeople()} data-testid="guest-add-client-people">
                  {t('planEditor.guests.addClientPeople')}
                </Button>
              </Tooltip>
            )}
          </>
        )}
        <GuestCount count={rows.length} expected={plan.expectedHeadcount} />
      </SectionToolbar>
      <GuestTable
        rows={rows}
        readOnly={readOnly}
        onLead={(id) => setRows((current) => withLead(current, id))}
        onNeed={(id, key, value) => setRows((current) => withNeed(current, id, key, value))}
        onRemove={(id) => setRows((current) => current.filter((g) => g.personId !== id))}
        onEdit={mayEditPeople ? (id) => setDialog({ personId: id, name: '' }) : undefined}
      />
      <ImportDialog open={importing} target="planGuests" planId={plan.id} onClose={() => setImporting(false)} onDone={() => void imported()} />
      <PersonFormModal
        open={dialog !== null}
        personId={dialog?.personId ?? null}
        client={client}
        initialName={dialog?.name}
        onClose={() => {
          setDialog(null);
          window.setTimeout(() => searchRef.current?.focus(), 0);
        }}
        onSaved={personSaved}
      />
    </div>
  );
}
