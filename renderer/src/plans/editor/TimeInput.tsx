import { Input } from 'antd';
import type { KeyboardEvent } from 'react';
import { minutesOf, normalizeTime, timeOf } from './localTime';

interface Props {
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  placeholder: string;
  ariaLabel: string;
  testId: string;
  cell: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

const STEP = 5;

/**
 * A time of day typed the quick way (930, 14, 14:30) and tidied to HH:mm when
 * the cursor leaves; ↑/↓ move it by five minutes.
 */
export function TimeInput({ value, onChange, invalid, placeholder, ariaLabel, testId, cell, onKeyDown }: Props) {
  function step(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const now = normalizeTime(value);
      if (now) {
        event.preventDefault();
        // Snap to the five-minute grid first, then step.
        const base = Math.round(minutesOf(now) / STEP) * STEP;
        onChange(timeOf(base === minutesOf(now) ? base + (event.key === 'ArrowUp' ? STEP : -STEP) : base));
        return;
      }
    }
    onKeyDown?.(event);
  }
  return (
    <Input
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => {
        const tidy = normalizeTime(value);
        if (tidy && tidy !== value) onChange(tidy);
      }}
      onKeyDown={step}
      status={invalid ? 'error' : undefined}
      placeholder={placeholder}
      inputMode="numeric"
      className="mono-input itinerary-time"
      aria-label={ariaLabel}
      data-testid={testId}
      data-cell={cell}
    />
  );
}
