import { AutoComplete, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { zhCN } from '../i18n/zh-CN';

const PURPOSE_KEYS = Object.keys(zhCN.purposes) as (keyof typeof zhCN.purposes)[];

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder: string;
}

/** Free text with the usual reasons offered, so most visits take one click. */
export function PurposeInput({ id, value, onChange, placeholder }: Props) {
  const { t } = useTranslation();
  const typed = (value ?? '').trim().toLowerCase();
  const options = PURPOSE_KEYS.map((k) => t(`purposes.${k}`))
    .filter((p) => !typed || (p.toLowerCase().includes(typed) && p.toLowerCase() !== typed))
    .map((p) => ({ value: p, label: p }));
  return (
    <AutoComplete id={id} value={value} onChange={(v: string) => onChange?.(v)} options={options}>
      <Input data-testid="field-purpose" placeholder={placeholder} maxLength={200} autoComplete="off" />
    </AutoComplete>
  );
}
