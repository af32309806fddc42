import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../contract/tasks';
import { api } from '../api/client';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The name to show for a chosen user who is no longer listed (switched off since). */
  currentLabel?: string | null;
  allowClear?: boolean;
  placeholder?: string;
  'data-testid'?: string;
}

/** A staff member (an active user) picked from `tasks.staff`, searched by name: account managers and owners of follow-ups. */
export function StaffSelect({ id, value, onChange, currentLabel, allowClear = true, placeholder, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    void api.tasks.staff({}).then((result) => {
      if (cancelled) return;
      if (result.ok) setStaff(result.value);
      setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const options = staff.map((s) => ({ value: s.id, label: s.name }));
  if (value && currentLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: currentLabel });
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      loading={loading}
      value={value ?? null}
      onChange={(v: string | undefined | null) => onChange?.(v ?? null)}
      options={options}
      placeholder={placeholder}
      notFoundContent={loading ? t('loading.screen') : undefined}
      data-testid={testId}
    />
  );
}
