import { App, Form, Modal, Select, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonSummary } from '../../../contract/clients';
import { api } from '../api/client';
import { errorText } from '../lib/errors';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../search/usePagedSearch';
import { text } from '../../../contract/fields';
import { modalFooter } from '../lib/modalFooter';

interface Props {
  /** The record that stays; null closes the dialog. */
  keep: PersonSummary | null;
  /** The kept person's client's other people: the likeliest duplicates. */
  colleagues: PersonSummary[];
  onClose: () => void;
  onMerged: (person: Person, movedVisits: number) => void;
}

/** Fields main fills on the kept record from the merged one, only where the kept one is blank (main/services/people/merge.ts). */
const FILLABLE = ['clientName', 'title', 'phone', 'email', 'idMasked', 'dietary', 'transport', 'preferences', 'birthday', 'notes'] as const;
type Fillable = (typeof FILLABLE)[number];

const LABELS: Record<Fillable, string> = {
  clientName: 'client',
  title: 'title',
  phone: 'phone',
  email: 'email',
  idMasked: 'id',
  dietary: 'dietary',
  transport: 'transport',
  preferences: 'preferences',
  birthday: 'birthday',
  notes: 'notes',
};

interface Row {
  key: string;
  label: string;
  keep: ReactNode;
  merged: ReactNode;
  result: ReactNode;
  filled: boolean;
}

/** How many people a merge search offers; a longer name narrows it. */
const SEARCH_LIMIT = 20;

function summaryLine(p: PersonSummary): string {
  return [p.name, p.clientName || p.company, p.phone, p.idMasked].filter(Boolean).join(' · ');
}

/** Pick a duplicate of `keep`, see both side by side and what the kept record will hold, then fold it in. */
export function MergePersonModal({ keep, colleagues, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kept, setKept] = useState<Person | null>(null);
  const [merged, setMerged] = useState<Person | null>(null);
  const [mergeId, setMergeId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<PersonSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const keepId = keep?.id ?? null;

  useEffect(() => {
    setKept(null);
    setMerged(null);
    setMergeId(null);
    setSearch('');
    setFound([]);
    if (!keepId) return;
    let cancelled = false;
    void api.people.get({ id: keepId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setKept(result.value);
      else message.error(errorText(result.error));
    });
    return () => {
      cancelled = true;
    };
  }, [keepId, message]);

  // Everyone on file, walk-ins too, by name characters, pinyin, initials, company or phone: the directory's own search.
  useEffect(() => {
    if (!query || !text(50).safeParse(query).success) {
      setFound([]);
      return;
    }
    let cancelled = false;
    void api.people.list({ query, limit: SEARCH_LIMIT }).then((result) => {
      if (!cancelled) setFound(result.ok ? result.value.items : []);
    });
    return () => {
      cancelled = true;
    };
  }, [query]);

  useEffect(() => {
    setMerged(null);
    if (!mergeId) return;
    let cancelled = false;
    void api.people.get({ id: mergeId }).then((result) => {
      if (cancelled) return;
      if (result.ok) setMerged(result.value);
      else message.error(errorText(result.error));
    });
    return () => {
      cancelled = true;
    };
  }, [mergeId, message]);

  const candidates = new Map<string, PersonSummary>();
  for (const p of [...found, ...colleagues]) if (p.id !== keepId && !candidates.has(p.id)) candidates.set(p.id, p);

  async function submit() {
    if (!keepId || !mergeId || busy) return;
    setBusy(true);
    try {
      const result = await api.people.merge({ keepId, mergeId });
      if (!result.ok) {
        message.error(errorText(result.error));
        return;
      }
      onMerged(result.value.person, result.value.moved.visits);
    } finally {
      setBusy(false);
    }
  }

  const rows: Row[] = [];
  if (kept && merged) {
    rows.push({ key: 'name', label: t('merge.fields.name'), keep: kept.name, merged: merged.name, result: kept.name, filled: false });
    for (const f of FILLABLE) {
      const a = kept[f] ?? '';
      const b = merged[f] ?? '';
      const filled = a === '' && b !== '';
      rows.push({ key: f, label: t(`merge.fields.${LABELS[f]}`), keep: a, merged: b, result: filled ? b : a, filled });
    }
    rows.push({
      key: 'visits',
      label: t('merge.fields.visits'),
      keep: kept.visitCount,
      merged: merged.visitCount,
      result: kept.visitCount + merged.visitCount,
      filled: false,
    });
  }
  const dash = (v: ReactNode) => (v === '' || v === null || v === undefined ? <span className="muted">—</span> : v);
  const columns: TableColumnsType<Row> = [
    { key: 'label', title: t('merge.field'), dataIndex: 'label', width: 110 },
    { key: 'keep', title: t('merge.keep'), render: (_, r) => dash(r.keep) },
    { key: 'merged', title: t('merge.merged'), render: (_, r) => dash(r.merged) },
    {
      key: 'result',
      title: t('merge.result'),
      render: (_, r) => (
        <span className={r.filled ? 'merge-filled' : undefined}>
          {dash(r.result)} {r.filled && <Tag color="green">{t('merge.filled')}</Tag>}
        </span>
      ),
    },
  ];

  return (
    <Modal
      open={keep !== null}
      title={t('merge.title', { name: keep?.name ?? '' })}
      onCancel={onClose}
      width={860}
      destroyOnHidden
      footer={modalFooter({ onCancel: onClose, cancelText: t('merge.cancel'), onOk: () => void submit(), okText: t('merge.submit'), busy, okTestId: 'merge-submit', okDisabled: !kept || !merged, danger: true })}
    >
      <Typography.Paragraph type="secondary">{t('merge.explain')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('merge.pick')} htmlFor="merge-pick">
          <Select
            id="merge-pick"
            value={mergeId ?? undefined}
            onChange={(v: string | undefined) => setMergeId(v ?? null)}
            showSearch={{ filterOption: false, onSearch: setSearch }}
            allowClear
            placeholder={t('forms.people.mergePickPlaceholder')}
            options={[...candidates.values()].map((p) => ({ value: p.id, label: summaryLine(p) }))}
            data-testid="merge-pick"
          />
        </Form.Item>
      </Form>
      <Spin spinning={!kept || (mergeId !== null && !merged)}>
        {kept && merged && (
          <div data-testid="merge-compare">
            <Table<Row> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} />
          </div>
        )}
      </Spin>
    </Modal>
  );
}
