import { AutoComplete, Input } from 'antd';
import { useMemo } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  suggestions: readonly string[];
  maxLength: number;
  invalid?: boolean;
  placeholder?: string;
  ariaLabel: string;
  testId: string;
  cell: string;
}

/** Free text with the usual answers offered as it is typed (activities, rooms, team members). */
export function SuggestInput({ value, onChange, suggestions, maxLength, invalid, placeholder, ariaLabel, testId, cell }: Props) {
  const options = useMemo(() => {
    const typed = value.trim().toLowerCase();
    return suggestions
      .filter((s) => s !== value && (typed === '' || s.toLowerCase().includes(typed)))
      .slice(0, 12)
      .map((s) => ({ value: s, label: s }));
  }, [suggestions, value]);
  return (
    <AutoComplete value={value} onChange={onChange} options={options} popupMatchSelectWidth={false} className="full-width">
      <Input maxLength={maxLength} status={invalid ? 'error' : undefined} placeholder={placeholder} aria-label={ariaLabel} data-testid={testId} data-cell={cell} />
    </AutoComplete>
  );
}
