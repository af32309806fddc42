import { InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUE_ANCHORS, DUE_OFFSET_LIMIT, type Due } from '../../../../contract/checklists';
import { DUE_PRESETS, presetOf } from './duePresets';

const CUSTOM = 'custom';

/** An item's due time: a preset (24 h before arrival …) or an anchor and minutes of one's own. */
export function DueField({ value, onChange, label, testId, error }: { value: Due; onChange: (due: Due) => void; label: string; testId: string; error?: boolean }) {
  const { t } = useTranslation();
  const [custom, setCustom] = useState(() => presetOf(value) === null);
  const preset = custom ? CUSTOM : (presetOf(value) ?? CUSTOM);
  return (
    <Space.Compact className="tpl-due">
      <Select
        className="tpl-due__preset"
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
        options={[
          ...DUE_PRESETS.map((p) => ({ value: p.key, label: t(`checklists.templates.presets.${p.key}`) })),
          { value: CUSTOM, label: t('checklists.templates.presets.custom') },
        ]}
        data-testid={`${testId}-preset`}
      />
      {preset === CUSTOM && (
        <>
          <Select
            className="tpl-due__anchor"
            aria-label={t('checklists.templates.editor.anchor')}
            value={value.anchor}
            onChange={(anchor: Due['anchor']) => onChange({ ...value, anchor })}
            options={DUE_ANCHORS.map((a) => ({ value: a, label: t(`checklists.anchor.${a}`) }))}
            data-testid={`${testId}-anchor`}
          />
          <InputNumber
            className="tpl-due__minutes"
            aria-label={t('checklists.templates.editor.minutes')}
            title={t('checklists.templates.editor.minutes')}
            value={value.offsetMinutes}
            min={-DUE_OFFSET_LIMIT}
            max={DUE_OFFSET_LIMIT}
            step={15}
            precision={0}
            status={error ? 'error' : undefined}
            onChange={(minutes) => onChange({ ...value, offsetMinutes: typeof minutes === 'number' ? minutes : 0 })}
            data-testid={`${testId}-minutes`}
          />
        </>
      )}
    </Space.Compact>
  );
}
