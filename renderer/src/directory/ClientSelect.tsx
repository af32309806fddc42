import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../contract/clients';
import { api } from '../api/client';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../search/usePagedSearch';

interface Props {
  /** From Form.Item: the id its label points at. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The name of the client already chosen, shown before any search has run. */
  currentLabel?: string | null;
  'data-testid'?: string;
}

/** A client picked from `clients.list`, searched in main by name, pinyin, initials or tag. */
export function ClientSelect({ id, value, onChange, currentLabel, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<ClientSummary[]>([]);
  const [loading, setLoading] = useState(false);
  const query = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    void api.clients.list({ ...(query ? { query } : {}), limit: 50 }).then((result) => {
      if (cancelled) return;
      if (result.ok) setOptions(result.value.items);
      setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, [query]);

  const items = options.map((c) => ({ value: c.id, label: c.name }));
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
      placeholder={t('people.form.clientPlaceholder')}
      onClear={() => setSearch('')}
      data-testid={testId}
    />
  );
}
