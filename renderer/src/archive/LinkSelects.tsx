import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../search/usePagedSearch';

interface Option {
  value: string;
  label: string;
}

interface Props {
  /** From Form.Item: the id its label points at. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The name of the record already linked, shown before any search has run. */
  currentLabel?: string | null;
  'data-testid'?: string;
}

/** A search-as-you-type select over one of main's searches; `find` answers the options of a query ('' for the first ones). */
function SearchSelect({ id, value, onChange, currentLabel, placeholder, find, 'data-testid': testId }: Props & { placeholder: string; find: (query: string) => Promise<Option[]> }) {
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    void find(query).then((found) => {
      if (cancelled) return;
      setOptions(found);
      setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, [query, find]);

  const items = [...options];
  if (value && currentLabel && !items.some((o) => o.value === value)) items.unshift({ value, label: currentLabel });
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={items}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      loading={loading}
      placeholder={placeholder}
      onClear={() => setSearch('')}
      data-testid={testId}
    />
  );
}

const findPlans = async (query: string): Promise<Option[]> => {
  const result = await api.plans.list({ ...(query ? { query } : {}), limit: 30 });
  if (!result.ok) return [];
  return result.value.items.map((p) => ({ value: p.id, label: [p.title, p.arrivalAt?.slice(0, 10), p.clientName].filter(Boolean).join(' · ') }));
};

/** Only a name or a phone finds a person: the directory is not listed whole. */
const findPeople = async (query: string): Promise<Option[]> => {
  if (!query) return [];
  const result = await api.visitors.search({ query, limit: 20 });
  if (!result.ok) return [];
  return result.value.map((p) => ({ value: p.id, label: p.company ? `${p.name} · ${p.company}` : p.name }));
};

/** A visit plan (client visit), searched by title, client or pinyin. */
export function PlanSelect(props: Props) {
  const { t } = useTranslation();
  return <SearchSelect {...props} placeholder={t('archiveDocs.form.planPlaceholder')} find={findPlans} />;
}

/** A person of the directory (a walk-in visitor or a client's contact), searched by name, pinyin or phone. */
export function PersonSelect(props: Props) {
  const { t } = useTranslation();
  return <SearchSelect {...props} placeholder={t('archiveDocs.form.personPlaceholder')} find={findPeople} />;
}
