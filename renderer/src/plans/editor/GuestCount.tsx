import { WarningFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** "名单 12 人 · 预计 12 人", marked when the two differ (main warns about it too). */
export function GuestCount({ count, expected }: { count: number; expected: number }) {
  const { t } = useTranslation();
  const mismatch = count > 0 && count !== expected;
  const text = (
    <span className={mismatch ? 'guest-count guest-count--mismatch' : 'guest-count'} data-testid="guest-count">
      {mismatch && <WarningFilled />} {t('planEditor.guests.count', { count, expected })}
    </span>
  );
  return mismatch ? <Tooltip title={t('planEditor.guests.mismatch')}>{text}</Tooltip> : text;
}
