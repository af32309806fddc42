import { CrownFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus, RECEPTION_LEVELS } from '../../../contract/plans';

export type ReceptionLevel = (typeof RECEPTION_LEVELS)[number];

/** VIP gold with a crown, key blue, normal plain: the colours the calendar uses too. */
export const LEVEL_COLORS: Record<ReceptionLevel, string | undefined> = { vip: 'gold', key: 'geekblue', normal: undefined };

/** Where a plan stands; closed ones (cancelled, archived) read quieter than open ones. */
export const STATUS_COLORS: Record<PlanStatus, string | undefined> = {
  draft: undefined,
  confirmed: 'blue',
  in_progress: 'success',
  completed: 'cyan',
  cancelled: 'error',
  archived: undefined,
};

export function LevelTag({ level }: { level: ReceptionLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLORS[level]} icon={level === 'vip' ? <CrownFilled /> : undefined} className="plan-tag" data-level={level}>
      {t(`receptionLevels.${level}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} className="plan-tag" data-status={status}>
      {t(`planStatus.${status}`)}
    </Tag>
  );
}
