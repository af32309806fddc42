import { AutoComplete, Input } from 'antd';
import { useMemo } from 'react';
import type { z } from 'zod';
import { lengthCount } from '../../lib/fieldLimit';

interface Props {
  value: string;
  onChange: (value: string) => void;
  suggestions: readonly string[];
  /** Main's schema for the cell: over its maximum the count shows and the cell is marked; nothing is cut. */
  lengthSchema: z.ZodType;
  invalid?: boolean;
  placeholder?: string;
  ariaLabel: string;
  testId: string;
  cell: string;
}

/** Free text with the usual answers offered as it is typed (activities, rooms, team members). */
export function SuggestInput({ value, onChange, suggestions, lengthSchema, invalid, placeholder, ariaLabel, testId, cell }: Props) {
  const options = useMemo(() => {
    const typed = value.trim().toLowerCase();
    return suggestions
      .filter((s) => s !== value && (typed === '' || s.toLowerCase().includes(typed)))
      .slice(0, 12)
      .map((s) => ({ value: s, label: s }));
  }, [suggestions, value]);
  return (
    <AutoComplete value={value} onChange={onChange} options={options} popupMatchSelectWidth={false} className="full-width">
      <Input
        {...lengthCount(lengthSchema, 'whenOver')}
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid || undefined}
        placeholder={placeholder}
        aria-label={ariaLabel}
        data-testid={testId}
        data-cell={cell}
      />
    </AutoComplete>
  );
}
