import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, type CheckboxRef } from 'antd';
import { useEffect, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSONAL_DATA_YEARS } from '../../../contract/retention';
import { api } from '../api/client';

/** The short notice read to (or shown to) the visitor before their details are kept. */
export function PrivacyNoticeText() {
  const { t } = useTranslation();
  // The period the desk really keeps (a site setting, retention.rules); the default until it has answered.
  const [years, setYears] = useState<number>(PERSONAL_DATA_YEARS.default);
  useEffect(() => {
    void api.retention.rules({}).then((r) => r.ok && setYears(r.value.personalDataYears));
  }, []);
  return (
    <div className="privacy-notice">
      <ul>
        <li>{t('privacy.collected')}</li>
        <li>{t('privacy.why')}</li>
        <li data-testid="privacy-kept">{t('privacy.kept', { count: years })}</li>
        <li>{t('privacy.secured')}</li>
        <li>{t('privacy.rights')}</li>
      </ul>
    </div>
  );
}

interface Props {
  /** From Form.Item (valuePropName="checked"). */
  id?: string;
  checked?: boolean;
  onChange?: (e: { target: { checked: boolean } }) => void;
  /** What the visitor acknowledges; the walk-in form's own wording by default. */
  label?: ReactNode;
  testId?: string;
  checkboxRef?: Ref<CheckboxRef>;
}

/**
 * The acknowledgement checkbox with the notice one click away, for a walk-in
 * visitor or a planned group (worded by `label`). The link sits outside the
 * checkbox's label so opening the notice does not tick the box.
 */
export function PrivacyAck({ id, checked, onChange, label, testId = 'field-privacy', checkboxRef }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <span className="privacy-ack">
      <Checkbox ref={checkboxRef} id={id} data-testid={testId} checked={checked} onChange={onChange}>
        {label ?? t('privacy.ack')}
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
            // Esc closes the notice; it must not also reach the form and clear it, or close the dialog.
            // Enter is left to the button: the walk-in form and the check-in dialog both let buttons own it.
            if (e.key === 'Escape' && open) {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          {t('privacy.link')}
        </Button>
      </Popover>
    </span>
  );
}
