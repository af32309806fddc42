import { AutoComplete, Input } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import { lengthCount } from '../../../lib/fieldLimit';
import type { StaffName } from './useStaffNames';

interface Props {
  value: string;
  /** This plan's own names, matched at once. */
  names: StaffName[];
  /** Every name teams and accounts have used that matches what is typed (main's search: pinyin and initials too). */
  find: (query: string) => Promise<StaffName[]>;
  /** The row's other person: a lead is not offered as their own stand-in. */
  exclude: string;
  status?: 'error' | 'warning';
  placeholder: string;
  autoFocus?: boolean;
  disabled: boolean;
  onChange: (name: string) => void;
  /** A known person was picked: their phone can fill an empty phone field. */
  onPick: (person: StaffName) => void;
  onBlur: () => void;
  /** Main's schema for the name: over its maximum the count shows; nothing is cut (the cell says it is too long). */
  lengthSchema: z.ZodType;
  testId: string;
}

const MAX_SUGGESTIONS = 8;

/** Free text, with the names already used on teams offered as they match. */
export function StaffNameInput({ value, names, find, exclude, status, placeholder, autoFocus, disabled, onChange, onPick, onBlur, lengthSchema, testId }: Props) {
  const typed = value.trim();
  // Main's matches for what is typed now; an answer to an older keystroke is dropped.
  const [found, setFound] = useState<{ query: string; names: StaffName[] }>({ query: '', names: [] });
  useEffect(() => {
    if (!typed || disabled) return;
    let current = true;
    void find(typed).then((names) => current && setFound({ query: typed, names }));
    return () => {
      current = false;
    };
  }, [typed, disabled, find]);
  const options = useMemo(() => {
    if (!typed) return [];
    const remote = found.query === typed ? found.names : [];
    const all = new Map<string, StaffName>();
    for (const n of [...names.filter((n) => n.name.includes(typed)), ...remote]) if (!all.has(n.name) || (!all.get(n.name)!.phone && n.phone)) all.set(n.name, n);
    return [...all.values()]
      .filter((n) => n.name !== typed && n.name !== exclude.trim())
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
  }, [typed, names, found, exclude]);
  return (
    <AutoComplete
      value={value}
      options={options}
      // Free text first: Tab or Enter keeps what was typed unless a suggestion was chosen with the arrows.
      defaultActiveFirstOption={false}
      disabled={disabled}
      onChange={(v: string) => onChange(v)}
      onSelect={(v: string) => {
        const person = [...names, ...found.names].find((n) => n.name === v);
        if (person) onPick(person);
      }}
      onBlur={onBlur}
      className="full-width"
    >
      <Input status={status} placeholder={placeholder} {...lengthCount(lengthSchema, 'whenOver')} autoFocus={autoFocus} data-testid={testId} />
    </AutoComplete>
  );
}
