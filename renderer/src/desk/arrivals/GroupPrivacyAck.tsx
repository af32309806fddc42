import type { CheckboxRef } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyAck } from '../PrivacyNotice';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** One guest reads "the guest has read…", a group "every guest above has read…". */
  many: boolean;
  checkboxRef?: Ref<CheckboxRef>;
}

/** The walk-in form's acknowledgement, worded for planned guests. */
export function GroupPrivacyAck({ checked, onChange, many, checkboxRef }: Props) {
  const { t } = useTranslation();
  return (
    <PrivacyAck
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
      label={many ? t('arrivals.dialog.ackMany') : t('arrivals.dialog.ack')}
      testId="arrival-privacy"
      checkboxRef={checkboxRef}
    />
  );
}
