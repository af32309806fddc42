import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientTier } from '../../../contract/clients';

/** VIP gold, key blue, normal plain: the same colours in the list, the detail and the tier filter. */
export const TIER_COLORS: Record<ClientTier, string | undefined> = { vip: 'gold', key: 'blue', normal: undefined };

export function TierTag({ tier }: { tier: ClientTier }) {
  const { t } = useTranslation();
  return (
    <Tag color={TIER_COLORS[tier]} className="tier-tag" data-tier={tier}>
      {t(`tiers.${tier}`)}
    </Tag>
  );
}
