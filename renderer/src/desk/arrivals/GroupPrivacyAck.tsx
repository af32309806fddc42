import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, type CheckboxRef } from 'antd';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyNoticeText } from '../PrivacyNotice';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** One guest reads "the guest has read…", a group "every guest above has read…". */
  many: boolean;
  checkboxRef?: Ref<CheckboxRef>;
}

/**
 * The walk-in form's acknowledgement, worded for planned guests: the same
 * notice one click away, the link outside the label so opening it does not tick the box.
 */
export function GroupPrivacyAck({ checked, onChange, many, checkboxRef }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <span className="privacy-ack">
      <Checkbox ref={checkboxRef} checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid="arrival-privacy">
        {many ? t('arrivals.dialog.ackMany') : t('arrivals.dialog.ack')}
      </Checkbox>
      <Popover
        title={
          <span>
            <SafetyCertificateOutlined /> {t('privacy.title')}
          </span>
        }
        content={<PrivacyNoticeText />}
        trigger="click"
        placement="topLeft"
        open={open}
        onOpenChange={setOpen}
      >
        <Button
          type="link"
          size="small"
          className="privacy-ack__link"
          aria-expanded={open}
          onKeyDown={(e) => {
            // Esc closes the notice; it must not also close the dialog. Enter opens it, not the check-in.
            if ((e.key === 'Escape' && open) || e.key === 'Enter') e.stopPropagation();
            if (e.key === 'Escape' && open) setOpen(false);
          }}
        >
          {t('privacy.link')}
        </Button>
      </Popover>
    </span>
  );
}
