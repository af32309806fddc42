import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Needs } from '../../../../contract/plans';

/** Diet and accessibility first: they change what the desk does when the guest walks in. */
const ORDER = ['diet', 'accessibility', 'transport', 'other'] as const;
const COLORS: Record<(typeof ORDER)[number], string | undefined> = {
  diet: 'green',
  accessibility: 'purple',
  transport: 'cyan',
  other: undefined,
};

/** A guest's needs as small tags ("素食", "轮椅"); the kind of need is in the tooltip. */
export function NeedTags({ needs }: { needs: Needs | null }) {
  const { t } = useTranslation();
  if (!needs) return null;
  const shown = ORDER.filter((kind) => needs[kind].trim());
  if (shown.length === 0) return null;
  return (
    <span className="need-tags">
      {shown.map((kind) => (
        <Tooltip key={kind} title={t('arrivals.needLabel', { kind: t(`arrivals.needs.${kind}`), text: needs[kind] })}>
          <Tag color={COLORS[kind]} className="need-tag" data-testid={`need-${kind}`}>
            {needs[kind]}
          </Tag>
        </Tooltip>
      ))}
    </span>
  );
}
