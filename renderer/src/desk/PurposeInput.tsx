import { AutoComplete, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { lengthCount } from '../lib/fieldLimit';
import { zhCN } from '../i18n/zh-CN';

const PURPOSE_KEYS = Object.keys(zhCN.purposes) as (keyof typeof zhCN.purposes)[];

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder: string;
  /** The contract's schema for the purpose: its maximum is counted, never cut. */
  lengthSchema: z.ZodType;
}

/** Free text with the usual reasons offered, so most visits take one click. */
export function PurposeInput({ id, value, onChange, placeholder, lengthSchema }: Props) {
  const { t } = useTranslation();
  const typed = (value ?? '').trim().toLowerCase();
  const options = PURPOSE_KEYS.map((k) => t(`purposes.${k}`))
    .filter((p) => !typed || (p.toLowerCase().includes(typed) && p.toLowerCase() !== typed))
    .map((p) => ({ value: p, label: p }));
  return (
    <AutoComplete id={id} value={value} onChange={(v: string) => onChange?.(v)} options={options}>
      <Input data-testid="field-purpose" placeholder={placeholder} {...lengthCount(lengthSchema, 'whenOver')} autoComplete="off" />
    </AutoComplete>
  );
}
