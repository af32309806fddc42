import { AutoComplete, Input } from 'antd';
import { useMemo } from 'react';
import type { z } from 'zod';
import { lengthCount } from '../../../lib/fieldLimit';
import type { StaffName } from './useStaffNames';

interface Props {
  value: string;
  names: StaffName[];
  /** The row's other person: a lead is not offered as their own stand-in. */
  exclude: string;
  status?: 'error' | 'warning';
  placeholder: string;
  autoFocus?: boolean;
  disabled: boolean;
  onChange: (name: string) => void;
  /** A known person was picked: their phone can fill an empty phone field. */
  onPick: (person: StaffName) => void;
  onFocus: () => void;
  onBlur: () => void;
  /** Main's schema for the name: over its maximum the count shows; nothing is cut (the cell says it is too long). */
  lengthSchema: z.ZodType;
  testId: string;
}

const MAX_SUGGESTIONS = 8;

/** Free text, with the names already used on teams offered as they match. */
export function StaffNameInput({ value, names, exclude, status, placeholder, autoFocus, disabled, onChange, onPick, onFocus, onBlur, lengthSchema, testId }: Props) {
  const options = useMemo(() => {
    const typed = value.trim();
    if (!typed) return [];
    return names
      .filter((n) => n.name !== typed && n.name !== exclude.trim() && n.name.includes(typed))
      .slice(0, MAX_SUGGESTIONS)
      .map((n) => ({
        value: n.name,
        label: (
          <span className="staff-option">
            <span>{n.name}</span>
            {n.phone && <span className="staff-option__phone">{n.phone}</span>}
          </span>
        ),
      }));
  }, [value, names, exclude]);
  return (
    <AutoComplete
      value={value}
      options={options}
      // Free text first: Tab or Enter keeps what was typed unless a suggestion was chosen with the arrows.
      defaultActiveFirstOption={false}
      disabled={disabled}
      onChange={(v: string) => onChange(v)}
      onSelect={(v: string) => {
        const person = names.find((n) => n.name === v);
        if (person) onPick(person);
      }}
      onFocus={onFocus}
      onBlur={onBlur}
      className="full-width"
    >
      <Input status={status} placeholder={placeholder} {...lengthCount(lengthSchema, 'whenOver')} autoFocus={autoFocus} data-testid={testId} />
    </AutoComplete>
  );
}
