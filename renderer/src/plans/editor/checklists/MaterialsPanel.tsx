import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Input, InputNumber, Select, Table, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistFields, MATERIAL_KINDS, type PlanChecklists, type PlanMaterial } from '../../../../../contract/checklists';
import { api } from '../../../api/client';
import { errorText } from '../../../lib/errors';
import { emptyMaterial, materialsInput, rowsOf, type MaterialRow } from './materialRows';
import { lengthCount } from '../../../lib/fieldLimit';

interface Props {
  planId: string;
  materials: PlanMaterial[];
  canEdit: boolean;
  onSaved: (next: PlanChecklists) => void;
}

/**
 * 物资清单: rooms, tea breaks, printed material and gifts, counted from the
 * headcount unless set by hand. "Ready" ticks save at once; the list itself is
 * edited as a whole and saved with one call.
 */
export function MaterialsPanel({ planId, materials, canEdit, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rows, setRows] = useState<MaterialRow[] | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = rows !== null;

  async function save(list: MaterialRow[]) {
    if (list.some((r) => r.name.trim() === '')) return void message.error(t('planChecklists.materials.nameNeeded'));
    setBusy(true);
    const result = await api.checklists.saveMaterials({ planId, materials: materialsInput(list) });
    setBusy(false);
    if (!result.ok) return void message.error(errorText(result.error));
    setRows(null);
    onSaved(result.value);
    message.success(t('planChecklists.materials.saved'));
  }

  const change = (key: string, patch: Partial<MaterialRow>) => setRows((all) => all && all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const shown = rows ?? rowsOf(materials);

  const columns: TableColumnsType<MaterialRow> = [
    {
      key: 'ready',
      title: t('planChecklists.materials.ready'),
      width: 70,
      align: 'center',
      render: (_, r) => (
        <Checkbox
          checked={r.ready}
          disabled={!canEdit || busy}
          aria-label={t('planChecklists.materials.readyOf', { name: r.name })}
          // Outside editing, a tick is saved at once; while editing it is part of the list being saved.
          onChange={(e) => (editing ? change(r.key, { ready: e.target.checked }) : void save(rowsOf(materials).map((m) => (m.id === r.id ? { ...m, ready: e.target.checked } : m))))}
          data-testid="material-ready"
        />
      ),
    },
    {
      key: 'kind',
      title: t('planChecklists.materials.kind'),
      width: 130,
      render: (_, r) =>
        editing ? (
          <Select value={r.kind} onChange={(kind) => change(r.key, { kind })} options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`planChecklists.materialKinds.${k}`) }))} className="full-width" />
        ) : (
          t(`planChecklists.materialKinds.${r.kind}`)
        ),
    },
    {
      key: 'name',
      title: t('planChecklists.materials.name'),
      render: (_, r) => (editing ? <Input value={r.name} {...lengthCount(checklistFields.materialName, 'whenOver')} onChange={(e) => change(r.key, { name: e.target.value })} data-testid="material-name" /> : r.name),
    },
    {
      key: 'rule',
      title: t('planChecklists.materials.rule'),
      width: 230,
      render: (_, r) =>
        editing ? (
          <span className="material-rule">
            <InputNumber value={r.perGuest} min={0} max={20} step={0.5} onChange={(v) => change(r.key, { perGuest: v ?? 0 })} aria-label={t('planChecklists.materials.perGuest')} />
            <span>{t('planChecklists.materials.perGuestUnit')}</span>
            <InputNumber value={r.fixed} min={0} max={1000} precision={0} onChange={(v) => change(r.key, { fixed: v ?? 0 })} aria-label={t('planChecklists.materials.fixed')} />
          </span>
        ) : (
          <span className="muted">{t('planChecklists.materials.ruleText', { perGuest: r.perGuest, fixed: r.fixed })}</span>
        ),
    },
    {
      key: 'quantity',
      title: t('planChecklists.materials.quantity'),
      width: 120,
      align: 'right',
      render: (_, r) =>
        editing ? (
          <InputNumber
            value={r.quantityOverride}
            min={0}
            max={100000}
            precision={0}
            placeholder={r.counted === null ? t('planChecklists.materials.counted') : String(r.counted)}
            onChange={(v) => change(r.key, { quantityOverride: v ?? null })}
            aria-label={t('planChecklists.materials.override')}
            data-testid="material-override"
          />
        ) : (
          <span data-testid="material-quantity">
            {materials.find((m) => m.id === r.id)?.quantity}
            {r.quantityOverride !== null && <span className="muted"> {t('planChecklists.materials.byHand')}</span>}
          </span>
        ),
    },
    {
      key: 'notes',
      title: t('planChecklists.materials.notes'),
      render: (_, r) => (editing ? <Input value={r.notes} {...lengthCount(checklistFields.materialNotes, 'whenOver')} onChange={(e) => change(r.key, { notes: e.target.value })} /> : r.notes),
    },
  ];
  if (editing) {
    columns.push({
      key: 'remove',
      width: 48,
      render: (_, r) => (
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('planChecklists.materials.remove')} onClick={() => setRows((all) => all && all.filter((x) => x.key !== r.key))} />
      ),
    });
  }

  return (
    <section className="checklist-panel" data-testid="materials-panel">
      <header className="checklist-panel__head">
        <h3>{t('planChecklists.materials.title')}</h3>
        <span className="muted">{t('planChecklists.materials.hint')}</span>
        {canEdit && !editing && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setRows(rowsOf(materials))} data-testid="materials-edit">
            {t('planChecklists.materials.edit')}
          </Button>
        )}
        {editing && (
          <span className="checklist-panel__actions">
            <Button size="small" icon={<PlusOutlined />} onClick={() => setRows((all) => [...(all ?? []), emptyMaterial()])} data-testid="materials-add">
              {t('planChecklists.materials.add')}
            </Button>
            <Button size="small" onClick={() => setRows(null)} disabled={busy}>
              {t('planChecklists.tick.cancel')}
            </Button>
            <Button size="small" type="primary" loading={busy} onClick={() => void save(rows)} data-testid="materials-save">
              {t('planChecklists.materials.save')}
            </Button>
          </span>
        )}
      </header>
      <Table<MaterialRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={shown}
        pagination={false}
        locale={{ emptyText: t('planChecklists.materials.empty') }}
        onRow={(r) => ({ 'data-testid': 'material-row', 'data-kind': r.kind }) as HTMLAttributes<HTMLElement>}
      />
    </section>
  );
}
