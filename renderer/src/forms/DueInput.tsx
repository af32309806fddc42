import { InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUE_ANCHORS, DUE_OFFSET_LIMIT, type Due } from '../../../contract/checklists';
import { DUE_PRESETS, DUE_UNITS, dueOf, partsOf, presetOf, type DueParts } from './dueTime';
import './dueInput.css';

const CUSTOM = 'custom';

interface Props {
  value: Due;
  onChange: (due: Due) => void;
  /** The field's name, for screen readers (the preset choice carries it). */
  label: string;
  testId: string;
  error?: boolean;
}

/**
 * A due time relative to the visit: one of the usual times (24 h before arrival …)
 * or, under "custom", an amount, a unit, before/after and arrival/departure. The
 * parts wrap under the choice where the space is narrow (a template's item row).
 */
export function DueInput({ value, onChange, label, testId, error }: Props) {
  const { t } = useTranslation();
  const [custom, setCustom] = useState(() => presetOf(value) === null);
  const preset = custom ? CUSTOM : (presetOf(value) ?? CUSTOM);
  const parts = partsOf(value);
  const set = (change: Partial<DueParts>) => {
    const next = dueOf({ ...parts, ...change });
    // An amount past the contract's limit is held at it rather than refused after typing.
    onChange({ ...next, offsetMinutes: Math.max(-DUE_OFFSET_LIMIT, Math.min(DUE_OFFSET_LIMIT, next.offsetMinutes)) });
  };
  return (
    <div className="due-input">
      <Select
        className="due-input__preset"
        aria-label={label}
        value={preset}
        popupMatchSelectWidth={false}
        status={error ? 'error' : undefined}
        onChange={(key: string) => {
          if (key === CUSTOM) return setCustom(true);
          setCustom(false);
          const found = DUE_PRESETS.find((p) => p.key === key);
          if (found) onChange({ ...found.due });
        }}
        options={[...DUE_PRESETS.map((p) => ({ value: p.key, label: t(`forms.due.presets.${p.key}`) })), { value: CUSTOM, label: t('forms.due.custom') }]}
        data-testid={`${testId}-preset`}
      />
      {preset === CUSTOM && (
        <div className="due-input__parts">
          <InputNumber
            className="due-input__amount"
            aria-label={t('forms.due.amount')}
            value={parts.amount}
            min={0}
            precision={0}
            status={error ? 'error' : undefined}
            onChange={(amount) => set({ amount: typeof amount === 'number' ? amount : 0 })}
            data-testid={`${testId}-amount`}
          />
          <Select
            className="due-input__unit"
            aria-label={t('forms.due.unit')}
            value={parts.unit}
            onChange={(unit: DueParts['unit']) => set({ unit })}
            options={DUE_UNITS.map((u) => ({ value: u, label: t(`forms.due.units.${u}`) }))}
            data-testid={`${testId}-unit`}
          />
          <Select
            className="due-input__side"
            aria-label={t('forms.due.side')}
            value={parts.side}
            onChange={(side: DueParts['side']) => set({ side })}
            options={(['before', 'after'] as const).map((s) => ({ value: s, label: t(`forms.due.sides.${s}`) }))}
            data-testid={`${testId}-side`}
          />
          <Select
            className="due-input__anchor"
            aria-label={t('forms.due.anchor')}
            value={parts.anchor}
            onChange={(anchor: Due['anchor']) => set({ anchor })}
            options={DUE_ANCHORS.map((a) => ({ value: a, label: t(`forms.due.anchors.${a}`) }))}
            data-testid={`${testId}-anchor`}
          />
        </div>
      )}
    </div>
  );
}
